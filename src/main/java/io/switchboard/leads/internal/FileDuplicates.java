package io.switchboard.leads.internal;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the rows of one import file that repeat an earlier valid row's phone or e-mail, as the rows
 * are staged in file order: one hash lookup per key instead of a database pass over the whole file.
 * A phone in E.164 is kept as the number it spells (at most 15 digits, never a leading zero) in an
 * open-addressing table of primitives, about 24 bytes a phone; e-mails are kept as strings (about
 * 130 bytes each). Held for the preview's duration only.
 */
final class FileDuplicates {

    private final PhoneLines phones = new PhoneLines();
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

    /** Phone number → first line, open addressing with linear probing; 0 marks a free slot (no E.164 number is 0). */
    static final class PhoneLines {

        private long[] keys = new long[1 << 12];
        private int[] lines = new int[1 << 12];
        private int size;

        /** The line already stored for the number, or null after storing {@code line} for it. */
        @Nullable
        Integer putIfAbsent(long number, int line) {
            int mask = keys.length - 1;
            for (int slot = spread(number) & mask; ; slot = (slot + 1) & mask) {
                if (keys[slot] == number) {
                    return lines[slot];
                }
                if (keys[slot] == 0) {
                    keys[slot] = number;
                    lines[slot] = line;
                    if (++size * 3 > keys.length * 2) {
                        grow();
                    }
                    return null;
                }
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldLines = lines;
            keys = new long[oldKeys.length * 2];
            lines = new int[oldLines.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = spread(oldKeys[i]) & mask;
                    while (keys[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    lines[slot] = oldLines[i];
                }
            }
        }

        private static int spread(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
