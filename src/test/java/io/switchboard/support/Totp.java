package io.switchboard.support;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/** What an authenticator app shows: RFC 6238 codes for a secret, now or a step ahead. */
public final class Totp {

    private Totp() {}

    /** The code of the time step {@code offset} steps from now (the server accepts -1 to +1). */
    public static String code(String secret, int offset) {
        long step = System.currentTimeMillis() / 1000 / 30 + offset;
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
