package io.switchboard.identity.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import io.switchboard.shared.MasterKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.springframework.stereotype.Component;

/**
 * Encrypts small secrets at rest (TOTP secrets) with Tink's AES-256-GCM, keyed from the master
 * key. The associated data binds a ciphertext to its row, so it cannot be copied to another user.
 */
@Component
public class SecretBox {

    private final Aead aead;

    SecretBox(MasterKey masterKey) {
        try {
            this.aead = new AesGcmJce(masterKey.derive("secret-box/aes-gcm/v1"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public byte[] seal(String plaintext, String context) {
        try {
            return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt a secret", e);
        }
    }

    public String open(byte[] ciphertext, String context) {
        try {
            return new String(
                    aead.decrypt(ciphertext, context.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored secret does not decrypt (wrong master key?)", e);
        }
    }
}
