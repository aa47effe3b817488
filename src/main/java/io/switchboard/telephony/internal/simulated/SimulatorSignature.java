package io.switchboard.telephony.internal.simulated;

import io.switchboard.shared.Signatures;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's webhook signature, the scheme Switchboard also uses for its own outbound
 * webhooks: header {@code X-Switchboard-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "t.body">} keyed with the organization's webhook secret. A signature older than five minutes is
 * refused, so a captured request cannot be replayed later.
 */
public final class SimulatorSignature {

    public static final String HEADER = "X-Switchboard-Signature";
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private SimulatorSignature() {}

    public static String sign(String secret, String body, Instant at) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + Signatures.hmacSha256Hex(secret, t + "." + body);
    }

    public static boolean verify(String secret, String body, @Nullable String header, Instant now) {
        if (header == null) {
            return false;
        }
        Long t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                try {
                    t = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                v1 = pair[1];
            }
        }
        if (t == null || v1 == null) {
            return false;
        }
        // Compared as seconds: any long is a value a stranger may send, and beyond Instant's range
        // turning it into one fails.
        long seconds = now.getEpochSecond();
        if (t < seconds - TOLERANCE.toSeconds() || t > seconds + TOLERANCE.toSeconds()) {
            return false;
        }
        return Signatures.matches(Signatures.hmacSha256Hex(secret, t + "." + body), v1);
    }
}
