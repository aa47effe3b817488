package io.switchboard.leads;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldModifier;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.SafeCsv;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file as people export it from spreadsheets and CRMs: UTF-8 with or without a byte-order
 * mark, CRLF or LF, quoted fields holding delimiters and line breaks, a comma, semicolon, tab or pipe
 * as delimiter (detected from the header line), blank lines skipped. A cell exported by Switchboard
 * with a quote before a formula character ({@link SafeCsv}) reads as it was before the export.
 */
public final class ImportFile implements AutoCloseable {

    /** Far more than any CRM export has; a record's cells are held in memory at once. */
    public static final int MAX_COLUMNS = 1000;

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    /** Checked on each cell as it is read, so that a broken rule stops the file at once. */
    private static final FieldModifier CELLS = new FieldModifier() {
        @Override
        public String modify(long line, int index, boolean quoted, String cell) {
            if (index >= MAX_COLUMNS) {
                throw new Refused("too_many_columns", "line " + line + " has more than " + MAX_COLUMNS + " columns");
            }
            if (cell.indexOf('\0') >= 0) {
                // PostgreSQL text cannot hold NUL; a file full of them is usually UTF-16 or a spreadsheet
                // saved in its binary format.
                throw new Refused(
                        "invalid_character",
                        "line " + line + " contains a NUL character; save the file as CSV in UTF-8");
            }
            return SafeCsv.restore(cell);
        }
    };

    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private final char delimiter;
    private final List<String> headers;

    public ImportFile(InputStream input) {
        BufferedInputStream buffered = new BufferedInputStream(input, 1 << 16);
        this.delimiter = detectDelimiter(buffered);
        this.reader = CsvReader.builder()
                .fieldSeparator(delimiter)
                .quoteCharacter('"')
                .skipEmptyLines(true)
                .detectBomHeader(true)
                .allowMissingFields(true)
                .allowExtraFields(true)
                .build(CsvRecordHandler.of(handler -> handler.fieldModifier(CELLS)), buffered, StandardCharsets.UTF_8);
        this.records = reader.iterator();
        CsvRecord header = next();
        if (header == null) {
            throw new InvalidInput("file", "empty_file", "the file has no header line");
        }
        this.headers = header.getFields().stream()
                .map(h -> h.replace("\uFEFF", "").strip())
                .toList();
        if (headers.stream().allMatch(String::isEmpty)) {
            throw new InvalidInput("file", "empty_file", "the file has no header line");
        }
    }

    public char delimiter() {
        return delimiter;
    }

    public List<String> headers() {
        return headers;
    }

    /** The next data record, or null at the end. */
    public @Nullable CsvRecord next() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (Refused e) {
            throw new InvalidInput("file", e.code, e.getMessage());
        } catch (RuntimeException e) {
            throw new InvalidInput("file", "malformed_csv", "the file is not valid CSV: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule of ours broken by a cell; thrown through the reader, which passes parse failures on. */
    private static final class Refused extends CsvParseException {
        final String code;

        Refused(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    /** The candidate found most often in the first line, outside quotes; a comma when none is. */
    static char detectDelimiter(BufferedInputStream input) {
        try {
            input.mark(1 << 16);
            byte[] head = input.readNBytes(1 << 16);
            input.reset();
            String text = new String(head, StandardCharsets.UTF_8);
            int[] counts = new int[CANDIDATES.length];
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted) {
                    for (int k = 0; k < CANDIDATES.length; k++) {
                        if (c == CANDIDATES[k]) {
                            counts[k]++;
                        }
                    }
                }
            }
            int best = 0;
            for (int k = 1; k < CANDIDATES.length; k++) {
                if (counts[k] > counts[best]) {
                    best = k;
                }
            }
            return CANDIDATES[best];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
