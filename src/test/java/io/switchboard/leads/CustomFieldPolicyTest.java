package io.switchboard.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomFieldPolicyTest {

    static CustomField field(String key, FieldType type, boolean required, String... options) {
        return new CustomField(UUID.randomUUID(), key, key, type, List.of(options), required, 0);
    }

    final List<CustomField> fields = List.of(
            field("budget", FieldType.NUMBER, false),
            field("move_in", FieldType.DATE, false),
            field("cash", FieldType.BOOLEAN, false),
            field("financing", FieldType.SELECT, true, "cash", "mortgage"));

    @Test
    void valuesAreTypedByTheirDefinitions() {
        var clean = CustomFieldPolicy.validate(
                Map.of("budget", "500,000", "move_in", "2026-08-01", "cash", "yes", "financing", "MORTGAGE"),
                fields,
                true);
        assertThat(clean)
                .containsEntry("budget", new BigDecimal("5E+5"))
                .containsEntry("move_in", "2026-08-01")
                .containsEntry("cash", true)
                .containsEntry("financing", "mortgage");
    }

    @Test
    void unknownWrongOrMissingValuesAreRefused() {
        assertThatThrownBy(() -> CustomFieldPolicy.validate(Map.of("bugdet", 1, "financing", "cash"), fields, true))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("custom_fields.bugdet");
        assertThatThrownBy(() -> CustomFieldPolicy.validate(Map.of("financing", "barter"), fields, true))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("one of cash, mortgage");
        assertThatThrownBy(() -> CustomFieldPolicy.validate(Map.of("budget", 5), fields, true))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("custom_fields.financing");
        assertThat(CustomFieldPolicy.validate(Map.of("budget", 5), fields, false))
                .containsKey("budget");
    }
}
