package io.switchboard.leads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.leads.CustomField;
import io.switchboard.leads.FieldType;
import io.switchboard.shared.InvalidInput;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImportColumnsTest {

    static final List<CustomField> FIELDS = List.of(
            new CustomField(UUID.randomUUID(), "budget", "Budget (USD)", FieldType.NUMBER, List.of(), false, 0));

    @Test
    void guessesFieldsFromHeadersAndSynonyms() {
        var mapping = ImportColumns.guess(
                List.of("\uFEFFFull Name", "Mobile Number", "E-Mail", "Organisation", "budget", "Notes"), FIELDS);
        assertThat(mapping)
                .containsEntry("name", "\uFEFFFull Name")
                .containsEntry("phone", "Mobile Number")
                .containsEntry("email", "E-Mail")
                .containsEntry("company", "Organisation")
                .containsEntry("custom.budget", "budget")
                .doesNotContainKey("notes");
    }

    @Test
    void resolvesAMappingToColumnIndexes() {
        var resolved = ImportColumns.resolve(
                List.of("First", "Last", "Phone"),
                Map.of("first_name", "first", "last_name", "LAST", "phone", "Phone"),
                FIELDS);
        assertThat(resolved.columns())
                .containsEntry("first_name", 0)
                .containsEntry("last_name", 1)
                .containsEntry("phone", 2);
        assertThat(resolved.value(List.of("Ann", " ", "+1 512 555 0142"), "last_name"))
                .isNull();
    }

    @Test
    void refusesMappingsThatCannotWork() {
        assertThatThrownBy(() -> ImportColumns.resolve(
                        List.of("Name", "Phone"), Map.of("name", "Name", "phone", "Mobile"), FIELDS))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Mobile");
        assertThatThrownBy(() -> ImportColumns.resolve(
                        List.of("Name", "Phone"), Map.of("nickname", "Name", "phone", "Phone"), FIELDS))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("mapping.nickname");
        assertThatThrownBy(() -> ImportColumns.resolve(List.of("Name", "City"), Map.of("name", "Name"), FIELDS))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("phone or e-mail");
    }

    @Test
    void sameHeadersInAnyOrderOrCaseShareTheirMapping() {
        assertThat(ImportColumns.headerKey(List.of("Name", "Phone Number")))
                .isEqualTo(ImportColumns.headerKey(List.of("phone_number", " NAME ")));
    }
}
