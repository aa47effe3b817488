package io.switchboard.compliance;

import io.switchboard.leads.LeadId;
import org.jspecify.annotations.Nullable;

/**
 * A call about to be placed, as {@link CallingGate} needs it.
 *
 * @param leadId the lead called (consent is recorded per lead); null for a number that is no lead
 * @param phone the number to dial, E.164 (other forms are read in the organization's region)
 * @param timezone the lead's time zone (IANA id, e.g. {@code Asia/Kolkata}) as the lead record holds
 *     it; when null or unknown, the zones of the phone number are used, and a number spanning
 *     several zones must be inside the window in all of them
 * @param country the ISO country of the phone number (the lead's {@code phoneRegion}); derived from
 *     the number when null. Only country-specific holidays need it.
 * @param kind an AI agent's call needs consent when the organization requires it
 */
public record DialCandidate(
        @Nullable LeadId leadId, String phone, @Nullable String timezone, @Nullable String country, CallKind kind) {

    public static DialCandidate ai(LeadId leadId, String phone, @Nullable String timezone, @Nullable String country) {
        return new DialCandidate(leadId, phone, timezone, country, CallKind.AI);
    }

    public static DialCandidate human(
            LeadId leadId, String phone, @Nullable String timezone, @Nullable String country) {
        return new DialCandidate(leadId, phone, timezone, country, CallKind.HUMAN);
    }
}
