package io.switchboard.leads;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.switchboard.shared.InvalidInput;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * A CSV file as people export it from spreadsheets and CRMs: UTF-8 with or without a byte-order
 * mark, CRLF or LF, quoted fields holding delimiters and line breaks, a comma, semicolon, tab or pipe
 * as delimiter (detected from the header line), blank lines skipped.
 */
public final class ImportFile implements AutoCloseable {

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

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
                .ofCsvRecord(buffered, StandardCharsets.UTF_8);
        this.records = reader.iterator();
        if (!records.hasNext()) {
            throw new InvalidInput("file", "empty_file", "the file has no header line");
        }
        this.headers = records.next().getFields().stream()
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
    public CsvRecord next() {
        try {
            return records.hasNext() ? records.next() : null;
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
