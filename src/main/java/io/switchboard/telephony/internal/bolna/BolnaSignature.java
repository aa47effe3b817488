package io.switchboard.telephony.internal.bolna;

import io.switchboard.shared.Signatures;
import io.switchboard.telephony.internal.simulated.SimulatorSignature;
import io.switchboard.telephony.provider.WebhookRequest;
import java.time.Instant;
import java.util.UUID;

/**
 * Bolna does not sign its webhooks (it documents only the address they come from), so Switchboard
 * accepts either of two proofs, both from the account's webhook secret:
 *
 * <ul>
 *   <li>a {@code token} query parameter in the webhook URL configured at Bolna: hex HMAC-SHA256 of
 *       the organization id, keyed with the webhook secret. It authenticates the sender as someone
 *       given the URL, not the body; the secret itself never appears in the URL or in stored
 *       webhooks.
 *   <li>{@code X-Switchboard-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}, the
 *       scheme of Switchboard's own webhooks, for a relay that re-signs what Bolna sends.
 * </ul>
 */
final class BolnaSignature {

    private BolnaSignature() {}

    static String token(String secret, UUID organization) {
        return Signatures.hmacSha256Hex(secret, organization.toString());
    }

    static boolean verify(String secret, UUID organization, WebhookRequest request, Instant now) {
        String signature = request.header(SimulatorSignature.HEADER);
        if (signature != null) {
            return SimulatorSignature.verify(secret, request.body(), signature, now);
        }
        return Signatures.matches(token(secret, organization), request.queryParameter("token"));
    }
}
