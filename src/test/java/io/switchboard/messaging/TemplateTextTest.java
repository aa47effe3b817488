package io.switchboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

    @Test
    void rendersPlaceholdersAndListsThem() {
        assertThat(TemplateText.variables("Hi {{first_name}}, {{ unit }} at {{first_name}}"))
                .containsExactly("first_name", "unit");
        assertThat(TemplateText.render(
                        "Hi {{first_name}}, see {{unit}} ($5)", Map.of("first_name", "Dana", "unit", "4B")))
                .isEqualTo("Hi Dana, see 4B ($5)");
    }

    @Test
    void aMissingVariableIsRefusedNamingIt() {
        assertThatThrownBy(
                        () -> TemplateText.render("Hi {{first_name}}, {{unit}} {{floor}}", Map.of("first_name", "D")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("floor, unit");
    }

    @Test
    void theValuesOfARenderedTextAreReadBackInOrderOfUse() {
        String template = "Hi {{first_name}}, {{unit}} is open. See you, {{first_name}}? (${{price}})";
        String rendered =
                TemplateText.render(template, Map.of("first_name", "Dana Lee", "unit", "4B, floor 2", "price", "1.5m"));
        assertThat(TemplateText.values(template, rendered)).hasValueSatisfying(values -> assertThat(values)
                .containsExactly(
                        Map.entry("first_name", "Dana Lee"),
                        Map.entry("unit", "4B, floor 2"),
                        Map.entry("price", "1.5m")));
        assertThat(TemplateText.values(template, "Something else entirely")).isEmpty();
        assertThat(TemplateText.values("No placeholders.", "No placeholders.")).hasValue(Map.of());
    }
}
