package io.switchboard.compliance.web;

import io.switchboard.compliance.ComplianceSettings;
import io.switchboard.compliance.Holiday;
import java.util.List;

/** The calling rules as the API shows them. */
record SettingsView(WindowView callingWindow, boolean requireConsentForAiCalls, List<Holiday> holidays) {

    static SettingsView of(ComplianceSettings settings, List<Holiday> holidays) {
        return new SettingsView(WindowView.of(settings.callingWindow()), settings.requireConsentForAiCalls(), holidays);
    }
}
