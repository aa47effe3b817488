package io.switchboard.bench;

import io.switchboard.conversations.Analysis;
import io.switchboard.conversations.AnalysisRules;
import io.switchboard.conversations.Qualification;
import io.switchboard.conversations.Segment;
import io.switchboard.conversations.SentimentLabel;
import io.switchboard.conversations.Transcript;
import io.switchboard.conversations.internal.local.LocalAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the local analyzer over the labelled transcripts in {@code bench/conversations/<split>/} and
 * prints accuracy and confusion matrices for qualification and sentiment, per split and overall.
 * The {@code dev} split was used while writing the rules; {@code holdout} never was.
 *
 * <p>Arguments: the folder (default {@code bench/conversations}) and optionally one split to run.
 */
public final class ConversationEval {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Labelled(
            String split, String id, Transcript transcript, String qualification, String sentiment, boolean dnc) {}

    record Outcome(Labelled expected, Analysis actual) {
        boolean qualificationRight() {
            return actual.qualification().toString().equals(expected.qualification());
        }

        boolean sentimentRight() {
            return actual.sentimentLabel().toString().equals(expected.sentiment());
        }
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "bench/conversations");
        List<String> splits = args.length > 1 ? List.of(args[1]) : List.of("dev", "holdout");
        LocalAnalyzer analyzer = new LocalAnalyzer();
        List<Outcome> all = new ArrayList<>();
        for (String split : splits) {
            List<Outcome> outcomes = new ArrayList<>();
            for (Labelled labelled : load(folder.resolve(split), split)) {
                outcomes.add(new Outcome(labelled, analyzer.analyze(labelled.transcript(), AnalysisRules.NONE)));
            }
            report(split, outcomes);
            all.addAll(outcomes);
        }
        if (splits.size() > 1) {
            report("all", all);
        }
        System.out.println(summaryLine(all, splits));
    }

    private static void report(String name, List<Outcome> outcomes) {
        System.out.printf("%n== %s: %d transcripts ==%n", name, outcomes.size());
        System.out.printf("qualification accuracy %.2f%n", accuracy(outcomes, true));
        matrix(outcomes, codes(Qualification.values()), true);
        System.out.printf("sentiment accuracy %.2f%n", accuracy(outcomes, false));
        matrix(outcomes, codes(SentimentLabel.values()), false);
        long dncExpected = outcomes.stream().filter(o -> o.expected().dnc()).count();
        long dncFound = outcomes.stream()
                .filter(o -> o.expected().dnc() && o.actual().doNotCallRequested())
                .count();
        long dncFalse = outcomes.stream()
                .filter(o -> !o.expected().dnc() && o.actual().doNotCallRequested())
                .count();
        System.out.printf("do-not-call requests found %d of %d, false alarms %d%n", dncFound, dncExpected, dncFalse);
        for (Outcome o : outcomes) {
            if (!o.qualificationRight() || !o.sentimentRight()) {
                System.out.printf(
                        "  miss %-28s qualification %s->%s sentiment %s->%s (%.2f) language %s%n",
                        o.expected().id(),
                        o.expected().qualification(),
                        o.actual().qualification(),
                        o.expected().sentiment(),
                        o.actual().sentimentLabel(),
                        o.actual().sentimentScore(),
                        o.actual().language());
            }
        }
    }

    private static void matrix(List<Outcome> outcomes, List<String> labels, boolean qualification) {
        System.out.printf(
                "  %-16s%s%n",
                "expected \\ got",
                String.join(
                        "", labels.stream().map(l -> String.format("%15s", l)).toList()));
        for (String expected : labels) {
            StringBuilder row = new StringBuilder(String.format("  %-16s", expected));
            for (String actual : labels) {
                long count = outcomes.stream()
                        .filter(o -> expectedOf(o, qualification).equals(expected)
                                && actualOf(o, qualification).equals(actual))
                        .count();
                row.append(String.format("%15d", count));
            }
            System.out.println(row);
        }
    }

    private static String summaryLine(List<Outcome> all, List<String> splits) {
        String line = String.format(
                Locale.ROOT,
                "qualification accuracy %.2f, sentiment accuracy %.2f",
                accuracy(all, true),
                accuracy(all, false));
        if (splits.contains("holdout") && splits.size() > 1) {
            List<Outcome> held = all.stream()
                    .filter(o -> o.expected().split().equals("holdout"))
                    .toList();
            line += String.format(
                    Locale.ROOT,
                    " (held-out only: qualification %.2f, sentiment %.2f; n=%d of %d)",
                    accuracy(held, true),
                    accuracy(held, false),
                    held.size(),
                    all.size());
        }
        return line;
    }

    private static String expectedOf(Outcome o, boolean qualification) {
        return qualification ? o.expected().qualification() : o.expected().sentiment();
    }

    private static String actualOf(Outcome o, boolean qualification) {
        return qualification
                ? o.actual().qualification().toString()
                : o.actual().sentimentLabel().toString();
    }

    private static double accuracy(List<Outcome> outcomes, boolean qualification) {
        if (outcomes.isEmpty()) {
            return 0;
        }
        long right = outcomes.stream()
                .filter(qualification ? Outcome::qualificationRight : Outcome::sentimentRight)
                .count();
        return right / (double) outcomes.size();
    }

    private static List<String> codes(Enum<?>[] values) {
        return Stream.of(values).map(Object::toString).toList();
    }

    private static List<Labelled> load(Path folder, String split) throws IOException {
        List<Labelled> labelled = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode node = JSON.readTree(file.toFile());
                List<Segment> segments = new ArrayList<>();
                node.path("segments")
                        .forEach(s -> segments.add(Segment.of(
                                s.path("speaker").asString(), s.path("text").asString())));
                String language =
                        node.hasNonNull("language") ? node.path("language").asString() : null;
                JsonNode expected = node.path("expected");
                labelled.add(new Labelled(
                        split,
                        node.path("id").asString(),
                        new Transcript(segments, language),
                        expected.path("qualification").asString(),
                        expected.path("sentiment").asString(),
                        expected.path("do_not_call").asBoolean()));
            }
        }
        return labelled;
    }
}
