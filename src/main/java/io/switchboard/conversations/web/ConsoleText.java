package io.switchboard.conversations.web;

import io.switchboard.conversations.ExtractionField;
import io.switchboard.conversations.FieldType;
import io.switchboard.conversations.QualificationQuestion;
import io.switchboard.conversations.Segment;
import io.switchboard.shared.InvalidInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The plain-text forms of the analysis lab: a conversation as "Speaker: words" lines (a line
 * without a speaker continues the turn before), and rules one per line with fields separated by
 * "|": questions as {@code key | question | keyword, keyword | pattern}, fields as
 * {@code key | label | type | keyword, keyword | pattern}.
 */
final class ConsoleText {

    private static final Pattern TURN = Pattern.compile("^\\s*([\\p{L}][\\p{L}\\p{N} .'-]{0,39}):\\s*(.*)$");

    private ConsoleText() {}

    static List<Segment> conversation(String text) {
        List<String[]> turns = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher turn = TURN.matcher(line);
            if (turn.matches()) {
                turns.add(new String[] {turn.group(1).strip(), turn.group(2).strip()});
            } else if (turns.isEmpty()) {
                turns.add(new String[] {"customer", line.strip()});
            } else {
                String[] last = turns.getLast();
                last[1] = (last[1] + " " + line.strip()).strip();
            }
        }
        return turns.stream()
                .filter(t -> !t[1].isEmpty())
                .map(t -> Segment.of(t[0], t[1]))
                .toList();
    }

    static List<QualificationQuestion> questions(String text) {
        List<QualificationQuestion> questions = new ArrayList<>();
        List<String[]> lines = lines(text, "qualification_questions", 3);
        for (String[] parts : lines) {
            questions.add(new QualificationQuestion(parts[0], parts[1], keywords(parts, 2), pattern(parts, 3)));
        }
        return questions;
    }

    static List<ExtractionField> fields(String text) {
        List<ExtractionField> fields = new ArrayList<>();
        int line = 0;
        for (String[] parts : lines(text, "extraction_fields", 3)) {
            line++;
            FieldType type;
            try {
                type = FieldType.fromCode(parts[2]);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("extraction_fields", "invalid_settings", "line " + line + ": " + e.getMessage());
            }
            fields.add(new ExtractionField(parts[0], parts[1], type, keywords(parts, 3), pattern(parts, 4)));
        }
        return fields;
    }

    static String questionLines(List<QualificationQuestion> questions) {
        return questions.stream()
                .map(q -> join(q.key(), q.question(), String.join(", ", q.keywords()), q.pattern()))
                .collect(Collectors.joining("\n"));
    }

    static String fieldLines(List<ExtractionField> fields) {
        return fields.stream()
                .map(f -> join(f.key(), f.label(), f.type().toString(), String.join(", ", f.keywords()), f.pattern()))
                .collect(Collectors.joining("\n"));
    }

    private static List<String[]> lines(String text, String field, int required) {
        List<String[]> lines = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\\R")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts =
                    Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
            if (parts.length < required) {
                throw new InvalidInput(
                        field,
                        "invalid_settings",
                        "line " + number + " needs at least " + required + " parts separated by |");
            }
            lines.add(parts);
        }
        return lines;
    }

    private static List<String> keywords(String[] parts, int index) {
        if (parts.length <= index) {
            return List.of();
        }
        return Arrays.stream(parts[index].split(","))
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .toList();
    }

    private static @org.jspecify.annotations.Nullable String pattern(String[] parts, int index) {
        return parts.length > index && !parts[index].isEmpty()
                ? String.join("|", Arrays.copyOfRange(parts, index, parts.length))
                : null;
    }

    private static String join(String... parts) {
        return Arrays.stream(parts)
                .map(p -> p == null ? "" : p)
                .collect(Collectors.joining(" | "))
                .replaceAll("( \\| )+$", "");
    }
}
