package io.switchboard.leads.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FileDuplicatesTest {

    @Test
    void theFirstLineOfEachPhoneIsKeptThroughManyGrowths() {
        FileDuplicates.PhoneLines lines = new FileDuplicates.PhoneLines();
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int line = 2; line < 200_000; line++) {
            long number = 10_000_000L + random.nextInt(150_000);
            assertThat(lines.putIfAbsent(number, line)).isEqualTo(expected.putIfAbsent(number, line));
        }
    }

    @Test
    void aRowRepeatingAnEarlierPhoneOrEmailSaysWhichLine() {
        FileDuplicates duplicates = new FileDuplicates();
        assertThat(duplicates.check(row(2, "+15125550100", "a@example.com"))).isNull();
        assertThat(duplicates.check(row(3, "+15125550101", "a@example.com"))).isEqualTo("same email as line 2");
        assertThat(duplicates.check(row(4, "+15125550101", "b@example.com"))).isEqualTo("same phone as line 3");
        assertThat(duplicates.check(row(5, null, "b@example.com"))).isEqualTo("same email as line 4");
        assertThat(duplicates.check(row(6, "+15125550102", null))).isNull();
    }

    private static ImportRows.Row row(int line, String phone, String email) {
        return new ImportRows.Row(
                line,
                true,
                null,
                List.of(),
                UUID.randomUUID(),
                "Someone",
                email,
                phone,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Map.of());
    }
}
