package io.switchboard.conversations;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the numbers a caller must never find in a stored transcript: payment card numbers (13 to 19
 * digits passing the Luhn check, however the recogniser grouped them), US social security numbers,
 * UK national insurance numbers, Indian Aadhaar and PAN numbers, IBANs and bank account numbers
 * (digits said after "account number", "cuenta", "Konto", "compte", "conta"…). It runs when a
 * transcript is stored, before anything is derived from it, so analyses, evidence and the search
 * index only ever see the mask.
 */
final class PiiRedaction {

    /** Not a part of a longer run of digit groups (an order number, a failed card number). */
    private static final String ALONE = "(?<!\\d[ -]?)";

    private static final String UNTIL = "(?![ -]?\\d)";
    private static final String DIGIT_RUN = "(?<![\\d])(?:\\d[ -]?){%d,%d}\\d(?![\\d])";

    /** One kind of number: what it looks like, what replaces it, and a check that it is one. */
    private record Kind(Pattern pattern, String mask, boolean luhn) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(
                    Pattern.compile("(?iu)((?:account|acct|a/c|konto|compte|cuenta|conta|routing|sort code)"
                            + "[\\p{L} .:#/-]{0,24}?)(\\d[\\d -]{4,24}\\d)"),
                    "[bank account]",
                    false),
            new Kind(
                    Pattern.compile("(?i)\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\\b"),
                    "[iban]",
                    false),
            new Kind(Pattern.compile(String.format(DIGIT_RUN, 12, 18)), "[card number]", true),
            new Kind(Pattern.compile(ALONE + "\\d{3}[ -]\\d{2}[ -]\\d{4}" + UNTIL), "[ssn]", false),
            new Kind(Pattern.compile(ALONE + "[2-9]\\d{3}[ -]?\\d{4}[ -]?\\d{4}" + UNTIL), "[aadhaar]", false),
            new Kind(
                    Pattern.compile("(?i)\\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b"),
                    "[national insurance number]",
                    false),
            new Kind(Pattern.compile("(?i)\\b[A-Z]{3}[PCHFATBLJG][A-Z]\\d{4}[A-Z]\\b"), "[pan]", false));

    private PiiRedaction() {}

    /** The text with every such number masked, and how many were. */
    record Redacted(String text, int count) {}

    static Redacted redact(String text) {
        String current = text;
        int count = 0;
        for (Kind kind : KINDS) {
            Matcher matcher = kind.pattern().matcher(current);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                boolean account = matcher.groupCount() == 2;
                String number = account ? matcher.group(2) : matcher.group();
                if (kind.luhn() && !luhn(number)) {
                    continue;
                }
                String replacement = account ? matcher.group(1) + kind.mask() : kind.mask();
                matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
                count++;
            }
            matcher.appendTail(out);
            current = out.toString();
        }
        return new Redacted(current, count);
    }

    static boolean luhn(String number) {
        String digits = number.replaceAll("\\D", "");
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return digits.length() >= 13 && sum % 10 == 0;
    }
}
