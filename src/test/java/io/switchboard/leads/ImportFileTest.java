package io.switchboard.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
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
}
