package io.switchboard.compliance;

/**
 * An organization's calling rules.
 *
 * @param requireConsentForAiCalls whether an AI call needs a recorded, unrevoked consent of the lead
 * @param contactFrequency how often one lead may be called, across campaigns and manual calls
 */
public record ComplianceSettings(
        CallingWindow callingWindow, boolean requireConsentForAiCalls, ContactFrequency contactFrequency) {

    public static final ComplianceSettings DEFAULT =
            new ComplianceSettings(CallingWindow.DEFAULT, false, ContactFrequency.DEFAULT);
}
