package io.switchboard.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsReasonablePasswords() {
        assertThatCode(() -> PasswordPolicy.check("correct-horse-battery", "ann@example.com"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesShortLongRepeatedOrEmailPasswords() {
        assertThatThrownBy(() -> PasswordPolicy.check("short", "a@b.co")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(129), "a@b.co"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> PasswordPolicy.check("aaaaaaaaaaaa", "a@b.co")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> PasswordPolicy.check("Ann.Lee@Example.com", "ann.lee@example.com"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("e-mail");
    }
}
