package io.switchboard.identity;

import io.switchboard.shared.InvalidInput;
import java.util.Locale;

/**
 * Passwords: 10 to 128 characters (the upper bound keeps hashing cheap to refuse), not the e-mail
 * address, not one repeated character.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public static void check(String password, String email) {
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new InvalidInput(
                    "password", "weak_password", "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.equals(email.toLowerCase(Locale.ROOT))
                || lower.equals(email.split("@")[0].toLowerCase(Locale.ROOT))) {
            throw new InvalidInput("password", "weak_password", "must not be your e-mail address");
        }
        if (password.chars().distinct().count() == 1) {
            throw new InvalidInput("password", "weak_password", "must not repeat a single character");
        }
    }
}
