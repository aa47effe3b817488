package io.switchboard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpaqueTokensTest {

    @Test
    void aTokenNamesItsOrganizationAndIsUnguessable() {
        UUID organization = UUID.randomUUID();
        String first = OpaqueTokens.issue("rt_", organization);
        String second = OpaqueTokens.issue("rt_", organization);

        assertThat(first).startsWith("rt_").hasSize(67).isNotEqualTo(second);
        assertThat(OpaqueTokens.organizationOf("rt_", first)).contains(organization);
        assertThat(OpaqueTokens.hash(first)).hasSize(32).isNotEqualTo(OpaqueTokens.hash(second));
    }

    @Test
    void theHashIsSha256OfTheTokenEveryTime() {
        String abc = java.util.HexFormat.of().formatHex(OpaqueTokens.hash("abc"));
        assertThat(abc).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(OpaqueTokens.hash("abc")).isEqualTo(OpaqueTokens.hash("abc"));
    }

    @Test
    void malformedTokensNameNoOrganization() {
        assertThat(OpaqueTokens.organizationOf("rt_", "rt_short")).isEmpty();
        assertThat(OpaqueTokens.organizationOf("rt_", "inv_" + "A".repeat(64))).isEmpty();
        assertThat(OpaqueTokens.organizationOf("rt_", "rt_" + "*".repeat(64))).isEmpty();
    }
}
