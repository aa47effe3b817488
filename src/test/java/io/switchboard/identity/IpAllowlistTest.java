package io.switchboard.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class IpAllowlistTest {

    @Test
    void emptyAllowsEveryone() {
        assertThat(new IpAllowlist(List.of()).allows("8.8.8.8")).isTrue();
        assertThat(new IpAllowlist(List.of()).allows(null)).isTrue();
    }

    @Test
    void ipv4Blocks() {
        var list = new IpAllowlist(List.of("203.0.113.0/24", "198.51.100.7"));
        assertThat(list.blocks()).containsExactly("203.0.113.0/24", "198.51.100.7/32");
        assertThat(list.allows("203.0.113.1")).isTrue();
        assertThat(list.allows("203.0.113.255")).isTrue();
        assertThat(list.allows("203.0.114.1")).isFalse();
        assertThat(list.allows("198.51.100.7")).isTrue();
        assertThat(list.allows("198.51.100.8")).isFalse();
        assertThat(list.allows("::ffff:203.0.113.9")).isTrue();
        assertThat(list.allows(null)).isFalse();
        assertThat(list.allows("not an address")).isFalse();
    }

    @Test
    void ipv6Blocks() {
        var list = new IpAllowlist(List.of("2001:db8::/32", "::1"));
        assertThat(list.allows("2001:db8:1234::1")).isTrue();
        assertThat(list.allows("2001:db9::1")).isFalse();
        assertThat(list.allows("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(list.allows("203.0.113.1")).isFalse();
        assertThat(new IpAllowlist(List.of("0.0.0.0/0")).allows("192.0.2.1")).isTrue();
        assertThat(new IpAllowlist(List.of("0.0.0.0/0")).allows("2001:db8::1")).isFalse();
    }

    @Test
    void anythingButALiteralIsRefused() {
        for (String bad : List.of(
                "example.com", "300.1.1.1", "10.0.0.0/33", "2001:db8::/129", "10.0.0.0/x", "1.2.3", "fe80::1%eth0")) {
            assertThatThrownBy(() -> new IpAllowlist(List.of(bad)))
                    .as(bad)
                    .isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("ip_allowlist");
        }
    }
}
