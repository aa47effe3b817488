/**
 * Calling campaigns: targeting (lead-list criteria or hand-picked leads), a schedule, pacing and
 * retries, the membership funnel with counters, and the dialer that places the calls through
 * telephony after the compliance gate and the credit hold said yes.
 */
@ApplicationModule(
        displayName = "Campaigns",
        allowedDependencies = {
            "audit",
            "billing",
            "compliance",
            "db",
            "identity",
            "leads",
            "notifications",
            "scoring",
            "shared",
            "telephony",
            "tenancy"
        })
@NullMarked
package io.switchboard.campaigns;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
