package io.switchboard.conversations.internal.local;

import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Runs an organization's own regular expressions with a time budget: a pattern that backtracks
 * catastrophically on a long transcript gives up (no match) instead of holding a thread for minutes.
 */
public final class SafeRegex {

    public static final int MAX_LENGTH = 200;
    private static final long BUDGET_NANOS = 50_000_000L;

    private SafeRegex() {}

    /** Case-insensitive, as the organization wrote it. */
    public static Pattern compile(String regex) throws PatternSyntaxException {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static Optional<MatchResult> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(new Deadline(text, System.nanoTime() + BUDGET_NANOS));
        try {
            return matcher.find() ? Optional.of(matcher.toMatchResult()) : Optional.empty();
        } catch (OutOfTime e) {
            return Optional.empty();
        }
    }

    private static final class OutOfTime extends RuntimeException {
        OutOfTime() {
            super(null, null, false, false);
        }
    }

    /** A text that stops being readable once its deadline has passed. */
    private record Deadline(String text, long deadline) implements CharSequence {

        @Override
        public char charAt(int index) {
            if (System.nanoTime() > deadline) {
                throw new OutOfTime();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Deadline(text.substring(start, end), deadline);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
