/**
 * Calling and messaging campaigns: targeting (lead-list criteria or hand-picked leads), a schedule,
 * pacing and retries, the membership funnel with counters, the dialer that places the calls through
 * telephony after the compliance gate and the credit hold said yes, and the message run that sends a
 * message campaign's template to each member through messaging's send path and policy.
 */
@ApplicationModule(
        displayName = "Campaigns",
        allowedDependencies = {
            "audit",
            "billing",
            "compliance",
            "db",
            "identity",
            "jobs",
            "leads",
            "messaging",
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
