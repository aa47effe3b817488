/**
 * Telephony: voice providers (simulated, Twilio, Plivo, Bolna, Asterisk ARI) behind one interface,
 * AI voice agents, phone numbers, voice streaming servers, and calls with their lifecycle, driven
 * by provider webhooks that are stored before they are processed and processed exactly once.
 */
@ApplicationModule(
        displayName = "Telephony",
        allowedDependencies = {
            "audit",
            "billing",
            "compliance",
            "db",
            "identity",
            "jobs",
            "leads",
            "notifications",
            "shared",
            "tenancy"
        })
@NullMarked
package io.switchboard.telephony;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
