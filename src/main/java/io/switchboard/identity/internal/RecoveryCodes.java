package io.switchboard.identity.internal;

import io.switchboard.shared.MasterKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Ten single-use recovery codes ({@code xxxxx-xxxxx}, 50 random bits each). Stored as HMAC-SHA256
 * under a key derived from the master key, so a copy of the database alone cannot test guesses.
 */
@Component
public class RecoveryCodes {

    public static final int COUNT = 10;
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    RecoveryCodes(MasterKey masterKey) {
        this.key = masterKey.derive("recovery-codes/v1");
    }

    public List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
            codes.add(code.insert(5, '-').toString());
        }
        return codes;
    }

    public byte[] hash(String code) {
        String normalized =
                code.trim().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the input looks like a recovery code rather than a 6-digit TOTP code. */
    public static boolean looksLikeRecoveryCode(String input) {
        return input.trim().replace("-", "").length() == 10;
    }
}
