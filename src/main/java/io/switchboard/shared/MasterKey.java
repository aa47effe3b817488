package io.switchboard.shared;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The one secret an install keeps outside its database ({@code SWITCHBOARD_MASTER_KEY}, 32 bytes in
 * base64). Every other key — token signing, field encryption — is derived from it per purpose.
 * Without the variable, a key is generated once into the data directory (single machine only:
 * several nodes must share the variable).
 */
@Component
public class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    private final byte[] key;

    MasterKey(Properties properties) {
        this.key = load(properties);
    }

    /** A 32-byte key for one purpose, e.g. {@code "jwt-signing/v1"}. */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("switchboard/" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] load(Properties properties) {
        if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
            byte[] configured =
                    Base64.getDecoder().decode(properties.masterKey().trim());
            if (configured.length < 32) {
                throw new IllegalStateException("SWITCHBOARD_MASTER_KEY must hold at least 32 bytes (base64)");
            }
            return configured;
        }
        Path file = properties.masterKeyFile();
        boolean generated = !Files.exists(file);
        String encoded = SecretFile.readOrCreate(file, () -> {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            return Base64.getEncoder().encodeToString(key);
        });
        if (generated) {
            log.warn("Generated a master key in {}; set SWITCHBOARD_MASTER_KEY when running several nodes", file);
        }
        return Base64.getDecoder().decode(encoded);
    }

    @ConfigurationProperties("switchboard.security")
    record Properties(@Nullable String masterKey, Path masterKeyFile) {}
}
