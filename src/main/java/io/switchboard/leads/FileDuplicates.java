package io.switchboard.leads;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the rows of one import file that repeat an earlier valid row's phone or e-mail, as the rows
 * are staged in file order: one hash lookup per key instead of a database pass over the whole file.
 * A phone in E.164 is kept as the number it spells (at most 15 digits, never a leading zero), so a
 * million rows cost tens of megabytes, briefly.
 */
final class FileDuplicates {

    private final Map<Long, Integer> phones = new HashMap<>();
    private final Map<String, Integer> emails = new HashMap<>();

    /**
     * Why a valid row is a duplicate of an earlier one ("same phone as line 12"), or null if it is
     * the first with its phone and e-mail. Every valid row's keys count, duplicates' included.
     */
    @Nullable
    String check(ImportRows.Row row) {
        if (!row.valid()) {
            return null;
        }
        Integer phoneLine = row.phone() == null
                ? null
                : phones.putIfAbsent(Long.parseLong(row.phone(), 1, row.phone().length(), 10), row.rowNo());
        Integer emailLine = row.email() == null ? null : emails.putIfAbsent(row.email(), row.rowNo());
        if (phoneLine != null) {
            return "same phone as line " + phoneLine;
        }
        return emailLine == null ? null : "same email as line " + emailLine;
    }
}
