package io.switchboard.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class ContactRulesTest {

    @Test
    void cleansNamePhoneEmailAndDerivesTheZone() {
        var contact = ContactRules.normalize(
                "  Dana  ", " Dana@Example.COM ", "(512) 555-0142", null, " Acme ", "linkedin.com/in/dana", "US");
        assertThat(contact.name()).isEqualTo("Dana");
        assertThat(contact.email()).isEqualTo("dana@example.com");
        assertThat(contact.phone()).isEqualTo("+15125550142");
        assertThat(contact.phoneRegion()).isEqualTo("US");
        assertThat(contact.timezone()).isEqualTo("America/Chicago");
        assertThat(contact.company()).isEqualTo("Acme");
        assertThat(contact.linkedinUrl()).isEqualTo("https://linkedin.com/in/dana");
    }

    @Test
    void anExplicitZoneWinsOverTheNumbers() {
        assertThat(ContactRules.normalize("A", null, "(512) 555-0142", "Europe/Paris", null, null, "US")
                        .timezone())
                .isEqualTo("Europe/Paris");
    }

    @Test
    void refusesWhatCannotBeReached() {
        assertThatThrownBy(() -> ContactRules.normalize(" ", "a@b.co", null, null, null, null, "US"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> ContactRules.normalize("A", null, null, null, null, null, "US"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("phone number or an e-mail");
        assertThatThrownBy(() -> ContactRules.normalize("A", "not-mail", null, null, null, null, "US"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("email");
        assertThatThrownBy(() -> ContactRules.normalize("A", null, "12", null, null, null, "US"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("phone");
        assertThatThrownBy(() -> ContactRules.normalize("A", "a@b.co", null, "Mars/Base", null, null, "US"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("timezone");
        assertThatThrownBy(() ->
                        ContactRules.normalize("A", "a@b.co", null, null, null, "https://evil.example/in/x", "US"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("linkedin");
    }
}
