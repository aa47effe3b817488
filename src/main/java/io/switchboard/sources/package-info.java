/**
 * Where leads come from: lead vendors (with their own API keys), marketing campaigns (platform,
 * budget, spend), the vendor lead-intake API, and the attribution of each lead to both.
 */
@ApplicationModule(
        displayName = "Lead sources",
        allowedDependencies = {"db", "leads", "shared", "tenancy"})
@NullMarked
package io.switchboard.sources;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
