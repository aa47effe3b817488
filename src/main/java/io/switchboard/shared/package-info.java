/**
 * Technical building blocks every module uses: ids, problem types, cursor pages, money. No business
 * rules live here.
 */
@ApplicationModule(
        displayName = "Shared kernel",
        allowedDependencies = {})
@NullMarked
package io.switchboard.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
