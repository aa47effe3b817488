package io.switchboard.compliance;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.switchboard.leads.ImportFile;
import io.switchboard.leads.PhoneNumbers;
import io.switchboard.shared.InvalidInput;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a do-not-call CSV: a phone column (named phone, number, mobile… or the only column; a file
 * without a header line works too) and an optional reason column. Every data row ends up exactly
 * once either as a number to add, or as a problem with its line: invalid, or a duplicate of an
 * earlier line.
 */
final class DncFile {

    static final int MAX_REASON = 500;
    private static final Set<String> PHONE_HEADERS =
            Set.of("phone", "phonenumber", "number", "mobile", "mobilenumber", "telephone", "tel", "cell", "e164");
    private static final Set<String> REASON_HEADERS = Set.of("reason", "note", "notes", "comment", "comments");

    private DncFile() {}

    /** A number to add, with the line it came from. */
    record Candidate(int line, String raw, String phone, @Nullable String reason) {}

    /** @param rows every data row read: {@code candidates.size() + problems.size()} */
    record Read(int rows, List<Candidate> candidates, List<DncImport.Problem> problems) {}

    static Read read(InputStream input, String defaultRegion, int maxRows) {
        try (ImportFile file = new ImportFile(input)) {
            List<String> headers = file.headers();
            int phoneColumn = column(headers, PHONE_HEADERS);
            int reasonColumn = column(headers, REASON_HEADERS);
            boolean headerIsData = false;
            if (phoneColumn < 0) {
                phoneColumn = firstPhoneLike(headers, defaultRegion);
                headerIsData = phoneColumn >= 0;
                if (phoneColumn < 0 && headers.size() == 1) {
                    phoneColumn = 0;
                }
            }
            if (phoneColumn < 0) {
                throw new InvalidInput(
                        "file",
                        "no_phone_column",
                        "the file needs a column named phone (or a single column of numbers)");
            }
            if (headerIsData) {
                // no header line: a second column, if there is one, holds the reason
                reasonColumn = headers.size() == 2 ? 1 - phoneColumn : -1;
            }
            Reader reader = new Reader(defaultRegion, phoneColumn, reasonColumn, maxRows);
            if (headerIsData) {
                reader.row(1, headers);
            }
            for (CsvRecord record = file.next(); record != null; record = file.next()) {
                reader.row((int) record.getStartingLineNumber(), record.getFields());
            }
            return new Read(reader.rows, List.copyOf(reader.candidates.values()), reader.problems);
        }
    }

    private static final class Reader {
        final String region;
        final int phoneColumn;
        final int reasonColumn;
        final int maxRows;
        final Map<String, Candidate> candidates = new LinkedHashMap<>();
        final List<DncImport.Problem> problems = new ArrayList<>();
        int rows;

        Reader(String region, int phoneColumn, int reasonColumn, int maxRows) {
            this.region = region;
            this.phoneColumn = phoneColumn;
            this.reasonColumn = reasonColumn;
            this.maxRows = maxRows;
        }

        void row(int line, List<String> fields) {
            if (++rows > maxRows) {
                throw new InvalidInput(
                        "file",
                        "too_many_rows",
                        "the file has more than " + maxRows + " rows; split it into smaller files");
            }
            String raw = field(fields, phoneColumn);
            String reason = reasonColumn < 0 ? null : blankToNull(field(fields, reasonColumn));
            if (raw.isBlank()) {
                problems.add(DncImport.Problem.invalid(line, raw, "the phone number is empty"));
                return;
            }
            if (reason != null && reason.length() > MAX_REASON) {
                problems.add(DncImport.Problem.invalid(
                        line, raw, "the reason is longer than " + MAX_REASON + " characters"));
                return;
            }
            switch (PhoneNumbers.normalize(raw, region)) {
                case PhoneNumbers.Invalid invalid ->
                    problems.add(DncImport.Problem.invalid(line, raw, raw + " " + invalid.reason()));
                case PhoneNumbers.Valid valid -> {
                    Candidate earlier = candidates.get(valid.e164());
                    if (earlier != null) {
                        problems.add(DncImport.Problem.duplicate(
                                line, raw, "same number as line " + earlier.line() + " (" + valid.e164() + ")"));
                    } else {
                        candidates.put(valid.e164(), new Candidate(line, raw, valid.e164(), reason));
                    }
                }
            }
        }
    }

    private static int column(List<String> headers, Set<String> names) {
        for (int i = 0; i < headers.size(); i++) {
            String key = headers.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            if (names.contains(key)) {
                return i;
            }
        }
        return -1;
    }

    private static int firstPhoneLike(List<String> headers, String region) {
        for (int i = 0; i < headers.size(); i++) {
            if (PhoneNumbers.normalize(headers.get(i), region) instanceof PhoneNumbers.Valid) {
                return i;
            }
        }
        return -1;
    }

    private static String field(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index).strip() : "";
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
