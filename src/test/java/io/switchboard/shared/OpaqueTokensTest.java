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
    void malformedTokensNameNoOrganization() {
        assertThat(OpaqueTokens.organizationOf("rt_", "rt_short")).isEmpty();
        assertThat(OpaqueTokens.organizationOf("rt_", "inv_" + "A".repeat(64))).isEmpty();
        assertThat(OpaqueTokens.organizationOf("rt_", "rt_" + "*".repeat(64))).isEmpty();
    }
}
