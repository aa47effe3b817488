package io.switchboard.conversations.internal;

import io.switchboard.shared.MasterKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Encrypts the organizations' endpoint API keys: AES-256-GCM with a key derived from the master
 * key, a random nonce per secret, and the organization's id as associated data, so that a
 * ciphertext copied to another organization's row does not decrypt. Layout: version, nonce,
 * ciphertext with tag.
 */
@Component
public class SecretBox {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    SecretBox(MasterKey masterKey) {
        this(masterKey.derive("conversations/secrets/v1"));
    }

    SecretBox(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    public byte[] seal(String secret, UUID organization) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, organization, secret.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                .put(VERSION)
                .put(nonce)
                .put(sealed)
                .array();
    }

    public String open(byte[] box, UUID organization) {
        if (box.length <= 1 + NONCE_BYTES || box[0] != VERSION) {
            throw new IllegalStateException("not a sealed secret of version " + VERSION);
        }
        ByteBuffer buffer = ByteBuffer.wrap(box, 1, box.length - 1);
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return new String(cipher(Cipher.DECRYPT_MODE, nonce, organization, sealed), StandardCharsets.UTF_8);
    }

    private byte[] cipher(int mode, byte[] nonce, UUID organization, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ByteBuffer.allocate(16)
                    .putLong(organization.getMostSignificantBits())
                    .putLong(organization.getLeastSignificantBits())
                    .array());
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "the secret could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), e);
        }
    }
}
