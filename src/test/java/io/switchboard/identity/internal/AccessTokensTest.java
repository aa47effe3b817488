package io.switchboard.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TestMasterKeys;
import io.switchboard.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Access tokens, checked again on every use although a good signature is remembered. */
class AccessTokensTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private final AccessTokens tokens = tokens(new byte[32]);
    private final UserId user = UserId.of(UUID.randomUUID());
    private final OrganizationId organization = OrganizationId.of(UUID.randomUUID());

    private AccessTokens tokens(byte[] master) {
        return new AccessTokens(TestMasterKeys.of(master), IdentityPropertiesTest.bind(Map.of()), clock);
    }

    @Test
    void aRememberedTokenStillExpires() {
        String token = tokens.issue(user, organization, UUID.randomUUID());
        assertThat(tokens.verify(token))
                .hasValueSatisfying(c -> assertThat(c.user()).isEqualTo(user));
        assertThat(tokens.verify(token)).isPresent(); // from memory

        clock.advance(tokens.ttl().plus(Duration.ofSeconds(31)));

        assertThat(tokens.verify(token)).isEmpty();
    }

    @Test
    void aChangedTokenIsNotTheRememberedOne() {
        String token = tokens.issue(user, organization, UUID.randomUUID());
        assertThat(tokens.verify(token)).isPresent();
        String[] parts = token.split("\\.");
        String otherPayload = tokens.issue(UserId.of(UUID.randomUUID()), organization, UUID.randomUUID())
                .split("\\.")[1];

        assertThat(tokens.verify(parts[0] + "." + otherPayload + "." + parts[2]))
                .isEmpty();
        assertThat(tokens.verify(token + "x")).isEmpty();
    }

    @Test
    void anotherKeysTokenIsRefusedEvenWhenItsTwinWasAccepted() {
        byte[] other = new byte[32];
        other[0] = 1;
        String foreign = tokens(other).issue(user, organization, UUID.randomUUID());

        assertThat(tokens.verify(foreign)).isEmpty();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
