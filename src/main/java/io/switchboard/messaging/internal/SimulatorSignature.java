package io.switchboard.messaging.internal;

import io.switchboard.shared.MasterKey;
import io.switchboard.shared.OrganizationId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The simulated provider's webhook signature, the scheme of Switchboard's own webhooks: header
 * {@code X-Switchboard-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}, keyed per
 * organization from the master key (nothing to configure). Older than five minutes is refused, so
 * a captured request cannot be replayed.
 */
@Component
public class SimulatorSignature {

    public static final String HEADER = "X-Switchboard-Signature";
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final MasterKey masterKey;

    SimulatorSignature(MasterKey masterKey) {
        this.masterKey = masterKey;
    }

    public String sign(OrganizationId organization, String body, Instant at) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + hmac(organization, t + "." + body);
    }

    public boolean verify(OrganizationId organization, String body, @Nullable String header, Instant now) {
        if (header == null) {
            return false;
        }
        long t = -1;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("[0-9]{1,12}")) {
                t = Long.parseLong(pair[1]);
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                v1 = pair[1];
            }
        }
        if (t < 0 || v1 == null || Math.abs(now.getEpochSecond() - t) > TOLERANCE.toSeconds()) {
            return false;
        }
        return MessageDigest.isEqual(
                hmac(organization, t + "." + body).getBytes(StandardCharsets.US_ASCII),
                v1.getBytes(StandardCharsets.US_ASCII));
    }

    private String hmac(OrganizationId organization, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(masterKey.derive("messaging/simulator/" + organization.value()), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
