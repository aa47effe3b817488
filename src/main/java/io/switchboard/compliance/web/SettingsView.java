package io.switchboard.compliance.web;

import io.switchboard.compliance.ComplianceSettings;
import io.switchboard.compliance.Holiday;
import java.util.List;

/**
 * The calling rules as the API shows them.
 *
 * @param hoursAfterConversation no call to a lead within this many hours after a conversation
 * @param maxAttemptsPerDay at most this many attempts per lead in any 24 hours
 * @param maxAttemptsPerWeek at most this many attempts per lead in any 7 days
 */
record SettingsView(
        WindowView callingWindow,
        boolean requireConsentForAiCalls,
        long hoursAfterConversation,
        int maxAttemptsPerDay,
        int maxAttemptsPerWeek,
        List<Holiday> holidays) {

    static SettingsView of(ComplianceSettings settings, List<Holiday> holidays) {
        var frequency = settings.contactFrequency();
        return new SettingsView(
                WindowView.of(settings.callingWindow()),
                settings.requireConsentForAiCalls(),
                frequency.quietAfterConversation().toHours(),
                frequency.maxAttemptsPerDay(),
                frequency.maxAttemptsPerWeek(),
                holidays);
    }
}
