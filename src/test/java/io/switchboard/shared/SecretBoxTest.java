package io.switchboard.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    final SecretBox box = new SecretBox(new byte[32]);
    final String organization = "organization/" + UUID.randomUUID();

    @Test
    void sealsAndOpens() {
        byte[] sealed = box.seal("sk-live-123", organization);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("sk-live-123");
        assertThat(box.open(sealed, organization)).isEqualTo("sk-live-123");
    }

    @Test
    void theSameSecretSealsDifferentlyEachTime() {
        assertThat(box.seal("sk-live-123", organization)).isNotEqualTo(box.seal("sk-live-123", organization));
    }

    @Test
    void aSealedSecretOpensOnlyForItsOrganization() {
        byte[] sealed = box.seal("sk-live-123", organization);

        assertThatThrownBy(() -> box.open(sealed, "organization/" + UUID.randomUUID()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTamperedSecretDoesNotOpen() {
        byte[] sealed = box.seal("sk-live-123", organization);
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> box.open(sealed, organization)).isInstanceOf(IllegalStateException.class);
    }
}
