package io.switchboard.shared;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Encrypts small secrets at rest (TOTP secrets, provider API keys) with Tink's AES-256-GCM, keyed
 * from the master key, with a fresh nonce per secret. The context is authenticated associated
 * data that binds a ciphertext to its row (a user, an organization), so a ciphertext copied to
 * another row does not open.
 */
@Component
public class SecretBox {

    private final Aead aead;

    @Autowired
    SecretBox(MasterKey masterKey) {
        this(masterKey.derive("secret-box/aes-gcm/v1"));
    }

    SecretBox(byte[] key) {
        try {
            this.aead = new AesGcmJce(key);
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
