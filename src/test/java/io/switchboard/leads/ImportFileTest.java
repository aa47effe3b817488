package io.switchboard.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.SafeCsv;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportFileTest {

    static List<List<String>> rows(ImportFile file) {
        List<List<String>> rows = new ArrayList<>();
        for (var r = file.next(); r != null; r = file.next()) {
            rows.add(r.getFields());
        }
        return rows;
    }

    static ImportFile open(String text) {
        return new ImportFile(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsSpreadsheetExportsAsPeopleMakeThem() {
        try (ImportFile file =
                open("\uFEFFName;Phone;Notes\r\n\"Smith; John\";512 555 0100;\"two\r\nlines\"\r\n\r\nJane;;\r\n")) {
            assertThat(file.delimiter()).isEqualTo(';');
            assertThat(file.headers()).containsExactly("Name", "Phone", "Notes");
            assertThat(rows(file))
                    .containsExactly(List.of("Smith; John", "512 555 0100", "two\r\nlines"), List.of("Jane", "", ""));
        }
    }

    @Test
    void detectsCommasAndTabsOutsideQuotes() {
        try (ImportFile file = open("\"Name;x\",Phone\nA,1\n")) {
            assertThat(file.delimiter()).isEqualTo(',');
        }
        try (ImportFile file = open("Name\tPhone\nA\t1\n")) {
            assertThat(file.delimiter()).isEqualTo('\t');
            assertThat(rows(file)).containsExactly(List.of("A", "1"));
        }
    }

    @Test
    void cellsExportedBySwitchboardReadBackAsTheyWere() {
        List<String> row =
                List.of("=HYPERLINK(\"http://evil.example\")", "+15125550107", "-5", "'=x", "O'Brien", "a;b");
        StringWriter out = new StringWriter();
        SafeCsv.to(out)
                .row(List.of("name", "phone", "score", "note", "company", "tags"))
                .row(row)
                .flush();
        assertThat(out.toString()).contains("'=HYPERLINK", "'+15125550107", "''=x");
        try (ImportFile file = open(out.toString())) {
            assertThat(rows(file)).containsExactly(row);
        }
    }

    @Test
    void aNulCharacterRefusesTheFile() {
        assertThatThrownBy(() -> {
                    try (ImportFile file = open("Name,Phone\nAnn,5125550100\nBo\u0000b,5125550101\n")) {
                        rows(file);
                    }
                })
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid_character");
                    assertThat(e.detail()).contains("line 3", "NUL");
                });
        assertThatThrownBy(() -> open("N\u0000ame,Phone\n"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.code()).isEqualTo("invalid_character"));
    }

    @Test
    void moreColumnsThanTheLimitRefuseTheFile() {
        String wide = "x,".repeat(16_385) + "x\n";
        assertThatThrownBy(() -> open(wide)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.code()).isEqualTo("too_many_columns");
            assertThat(e.detail()).contains("line 1", "more than " + ImportFile.MAX_COLUMNS + " columns");
        });
        String wideRow = "Name,Phone\nAnn," + "x,".repeat(ImportFile.MAX_COLUMNS) + "\n";
        assertThatThrownBy(() -> {
                    try (ImportFile file = open(wideRow)) {
                        rows(file);
                    }
                })
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.code()).isEqualTo("too_many_columns"));
        try (ImportFile file = open("x,".repeat(ImportFile.MAX_COLUMNS - 1) + "x\n")) {
            assertThat(file.headers()).hasSize(ImportFile.MAX_COLUMNS);
        }
    }
}
