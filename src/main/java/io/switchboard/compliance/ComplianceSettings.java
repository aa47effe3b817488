package io.switchboard.compliance;

/**
 * An organization's calling rules.
 *
 * @param requireConsentForAiCalls whether an AI call needs a recorded, unrevoked consent of the lead
 */
public record ComplianceSettings(CallingWindow callingWindow, boolean requireConsentForAiCalls) {

    public static final ComplianceSettings DEFAULT = new ComplianceSettings(CallingWindow.DEFAULT, false);
}
