package io.switchboard.shared;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Every CSV file Switchboard hands out is written here, because its cells come from people outside
 * (vendor intake, callers, imports) and spreadsheets run a cell that starts like a formula. As OWASP
 * recommends (CSV injection), a cell starting with {@code = + - @}, a tab or a carriage return gets
 * a leading single quote, which makes it text. That includes E.164 phone numbers ({@code '+1512…}):
 * safety first. {@link #restore} removes exactly that quote again, and imports apply it, so a file
 * exported from Switchboard imports back unchanged.
 *
 * <p>Cells holding a delimiter that a spreadsheet may guess instead of the comma ({@code ;}, tab,
 * {@code |}) are quoted too: unquoted, such a delimiter would start a new cell in the middle of the
 * value, one that the prefix does not protect.
 */
public final class SafeCsv {

    private static final QuoteStrategy OTHER_DELIMITERS = new QuoteStrategy() {
        @Override
        public boolean quoteValue(int lineNo, int fieldIdx, String value) {
            return value.indexOf(';') >= 0 || value.indexOf('\t') >= 0 || value.indexOf('|') >= 0;
        }
    };

    private final CsvWriter csv;

    private SafeCsv(Writer out) {
        this.csv = CsvWriter.builder().quoteStrategy(OTHER_DELIMITERS).build(out);
    }

    /** A CSV written to {@code out}; call {@link #flush} at the end. */
    public static SafeCsv to(Writer out) {
        return new SafeCsv(out);
    }

    public SafeCsv row(List<String> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        cells.forEach(cell -> safe.add(neutralize(cell)));
        csv.writeRecord(safe);
        return this;
    }

    public void flush() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as it is written: with a leading single quote if a spreadsheet could run it. */
    public static String neutralize(String cell) {
        return isFormulaLike(cell) ? "'" + cell : cell;
    }

    /**
     * The inverse of {@link #neutralize}: {@code restore(neutralize(x)).equals(x)} for every x. A
     * cell of another origin loses a leading quote only where it stood before a formula character,
     * which is a spreadsheet's text marker there, not data.
     */
    public static String restore(String cell) {
        return cell.startsWith("'") && isFormulaLike(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /**
     * Whether a spreadsheet could read the cell as a formula, or it already starts with quotes
     * before such a character (those get one more, so that {@link #restore} is exact).
     */
    private static boolean isFormulaLike(String cell) {
        int start = 0;
        while (start < cell.length() && cell.charAt(start) == '\'') {
            start++;
        }
        if (start == cell.length()) {
            return false;
        }
        return switch (cell.charAt(start)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
