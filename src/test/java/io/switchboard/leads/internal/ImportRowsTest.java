package io.switchboard.leads.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportRowsTest {

    static final List<String> HEADERS = List.of("Name", "Phone", "Status", "Score", "Close", "Budget");
    static final ImportColumns.Resolved COLUMNS = ImportColumns.resolve(
            HEADERS,
            Map.of(
                    "name",
                    "Name",
                    "phone",
                    "Phone",
                    "status",
                    "Status",
                    "score",
                    "Score",
                    "expected_close_date",
                    "Close",
                    "custom.budget",
                    "Budget"),
            ImportColumnsTest.FIELDS);

    ImportRows.Row read(String... fields) {
        return ImportRows.read(7, List.of(fields), COLUMNS, "GB", ImportColumnsTest.FIELDS);
    }

    @Test
    void aGoodRowIsCleaned() {
        var row = read("Ann Lee", "020 7946 0958", "Contacted", "42.4", "3/31/2026", "1,250,000");
        assertThat(row.valid()).isTrue();
        assertThat(row.rowNo()).isEqualTo(7);
        assertThat(row.phone()).isEqualTo("+442079460958");
        assertThat(row.status()).isEqualTo("contacted");
        assertThat(row.score()).isEqualTo(42);
        assertThat(row.expectedCloseDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(row.customFields()).containsEntry("budget", new java.math.BigDecimal("1.25E+6"));
    }

    @Test
    void aBadRowSaysWhy() {
        assertThat(read("Ann", "020 7946 0958", "dormant", "", "", "").reason()).contains("status");
        assertThat(read("Ann", "020 7946 0958", "", "140", "", "").reason()).contains("score");
        assertThat(read("Ann", "020 7946 0958", "", "", "yesterday", "").reason())
                .contains("expected_close_date");
        assertThat(read("Ann", "020 7946 0958", "", "", "", "lots").reason()).contains("custom_fields.budget");
        assertThat(read("", "020 7946 0958", "", "", "", "").reason()).contains("name");
        assertThat(read("Ann", "abc", "", "", "", "").valid()).isFalse();
    }
}
