package io.switchboard.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A search result's excerpt with the matching words marked, as PostgreSQL's {@code ts_headline}
 * produced it with {@link #HEADLINE_OPTIONS}. The parts let a page wrap matches in {@code <mark>}
 * without trusting any markup in the text itself.
 *
 * @param text the excerpt as plain text
 * @param parts the excerpt split into runs, each a match or not
 */
public record Snippet(String text, List<Part> parts) {

    private static final char START = '\u0002';
    private static final char STOP = '\u0003';

    /** {@code ts_headline} options: matches between control characters no text contains. */
    public static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MinWords=8, MaxWords=28, MaxFragments=2, FragmentDelimiter=\" … \"";

    public record Part(String text, boolean match) {}

    public Snippet {
        parts = List.copyOf(parts);
    }

    public static Snippet fromHeadline(String headline) {
        List<Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        StringBuilder run = new StringBuilder();
        boolean match = false;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == START || c == STOP) {
                flush(parts, run, match);
                match = c == START;
            } else {
                run.append(c);
                plain.append(c);
            }
        }
        flush(parts, run, match);
        return new Snippet(plain.toString(), parts);
    }

    private static void flush(List<Part> parts, StringBuilder run, boolean match) {
        if (!run.isEmpty()) {
            parts.add(new Part(run.toString(), match));
            run.setLength(0);
        }
    }
}
