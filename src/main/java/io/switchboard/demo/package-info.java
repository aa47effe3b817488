/**
 * The demo organization ("Acme Realty") loaded on the first start of an embedded install, so a
 * newcomer sees the product working rather than empty tables. Uses only the other modules' public
 * services, exactly as a user would.
 */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {
            "billing",
            "campaigns",
            "compliance",
            "identity",
            "leads",
            "messaging",
            "routing",
            "scoring",
            "shared",
            "sources",
            "telephony",
            "tenancy"
        })
@NullMarked
package io.switchboard.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
