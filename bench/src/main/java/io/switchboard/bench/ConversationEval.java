package io.switchboard.bench;

import io.switchboard.bench.LabelledCalls.Labelled;
import io.switchboard.conversations.Analysis;
import io.switchboard.conversations.AnalysisRules;
import io.switchboard.conversations.Qualification;
import io.switchboard.conversations.SentimentLabel;
import io.switchboard.conversations.internal.local.LocalAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Runs the local analyzer (with its shipped heads) over the labelled calls in
 * {@code bench/conversations/<split>/} and prints accuracy and confusion matrices for qualification
 * and sentiment, accuracy per industry and per language, and how complaints, requests for a
 * supervisor and do-not-call requests were found; per split and overall. {@code train} and
 * {@code dev} were fitted on (dev also chose the regularisation); {@code holdout} never was.
 *
 * <p>Arguments: the folder (default {@code bench/conversations}) and optionally one split to run.
 */
public final class ConversationEval {

    public record Outcome(Labelled expected, Analysis actual) {
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
            List<Outcome> outcomes = run(analyzer, LabelledCalls.load(folder.resolve(split), split));
            report(split, outcomes, !split.equals("holdout"));
            all.addAll(outcomes);
        }
        if (splits.size() > 1) {
            report("all", all, false);
        }
        System.out.println(summaryLine(all, splits));
    }

    public static List<Outcome> run(LocalAnalyzer analyzer, List<Labelled> calls) {
        return calls.stream()
                .map(call -> new Outcome(call, analyzer.analyze(call.transcript(), AnalysisRules.NONE)))
                .toList();
    }

    /** The figures the training run records: accuracies on the outcomes given. */
    public static Map<String, Double> figures(List<Outcome> outcomes) {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("qualification", round(accuracy(outcomes, Outcome::qualificationRight)));
        figures.put("sentiment", round(accuracy(outcomes, Outcome::sentimentRight)));
        List<Outcome> signalled =
                outcomes.stream().filter(o -> o.expected().complaint() != null).toList();
        figures.put(
                "complaint",
                round(accuracy(
                        signalled, o -> o.actual().complaint() == o.expected().complaint())));
        figures.put(
                "escalation",
                round(accuracy(
                        signalled,
                        o -> o.actual().escalationRequested() == o.expected().escalation())));
        figures.put("calls", (double) outcomes.size());
        return figures;
    }

    /** Prints the figures; {@code listMisses} adds each wrongly read call's id and labels. */
    static void report(String name, List<Outcome> outcomes, boolean listMisses) {
        System.out.printf("%n== %s: %d transcripts ==%n", name, outcomes.size());
        System.out.printf(
                Locale.ROOT, "qualification accuracy %.2f%n", accuracy(outcomes, Outcome::qualificationRight));
        matrix(outcomes, codes(Qualification.values()), o -> o.expected().qualification(), o -> o.actual()
                .qualification()
                .toString());
        System.out.printf(Locale.ROOT, "sentiment accuracy %.2f%n", accuracy(outcomes, Outcome::sentimentRight));
        matrix(outcomes, codes(SentimentLabel.values()), o -> o.expected().sentiment(), o -> o.actual()
                .sentimentLabel()
                .toString());
        breakdown("industry", outcomes, o -> o.expected().industry());
        breakdown("language", outcomes, o -> o.expected().language());
        signal("do-not-call requests", outcomes, o -> true, o -> o.expected().dnc(), o -> o.actual()
                .doNotCallRequested());
        signal(
                "complaints",
                outcomes,
                o -> o.expected().complaint() != null,
                o -> o.expected().complaint(),
                o -> o.actual().complaint());
        signal(
                "requests for a supervisor",
                outcomes,
                o -> o.expected().escalation() != null,
                o -> o.expected().escalation(),
                o -> o.actual().escalationRequested());
        for (Outcome o : listMisses ? outcomes : List.<Outcome>of()) {
            if (!o.qualificationRight() || !o.sentimentRight()) {
                System.out.printf(
                        Locale.ROOT,
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

    private static void breakdown(String what, List<Outcome> outcomes, Function<Outcome, String> key) {
        Map<String, List<Outcome>> groups = new TreeMap<>();
        outcomes.forEach(o ->
                groups.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o));
        System.out.printf("by %s (n, qualification, sentiment):%n", what);
        groups.forEach((group, members) -> System.out.printf(
                Locale.ROOT,
                "  %-16s %3d  %.2f  %.2f%n",
                group,
                members.size(),
                accuracy(members, Outcome::qualificationRight),
                accuracy(members, Outcome::sentimentRight)));
    }

    private static void signal(
            String what,
            List<Outcome> outcomes,
            Predicate<Outcome> labelled,
            Predicate<Outcome> expected,
            Predicate<Outcome> found) {
        List<Outcome> scope = outcomes.stream().filter(labelled).toList();
        long expectedCount = scope.stream().filter(expected).count();
        long hits = scope.stream().filter(expected.and(found)).count();
        long falseAlarms = scope.stream().filter(expected.negate().and(found)).count();
        System.out.printf(
                "%s found %d of %d, false alarms %d (of %d labelled calls)%n",
                what, hits, expectedCount, falseAlarms, scope.size());
    }

    private static void matrix(
            List<Outcome> outcomes,
            List<String> labels,
            Function<Outcome, String> expectedOf,
            Function<Outcome, String> actualOf) {
        System.out.printf(
                "  %-16s%s%n",
                "expected \\ got",
                String.join(
                        "", labels.stream().map(l -> String.format("%15s", l)).toList()));
        for (String expected : labels) {
            StringBuilder row = new StringBuilder(String.format("  %-16s", expected));
            for (String actual : labels) {
                long count = outcomes.stream()
                        .filter(o -> expectedOf.apply(o).equals(expected)
                                && actualOf.apply(o).equals(actual))
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
                accuracy(all, Outcome::qualificationRight),
                accuracy(all, Outcome::sentimentRight));
        if (splits.contains("holdout") && splits.size() > 1) {
            List<Outcome> held = all.stream()
                    .filter(o -> o.expected().split().equals("holdout"))
                    .toList();
            line += String.format(
                    Locale.ROOT,
                    " (held-out only: qualification %.2f, sentiment %.2f; n=%d of %d)",
                    accuracy(held, Outcome::qualificationRight),
                    accuracy(held, Outcome::sentimentRight),
                    held.size(),
                    all.size());
        }
        return line;
    }

    static double accuracy(List<Outcome> outcomes, Predicate<Outcome> right) {
        return outcomes.isEmpty() ? 0 : outcomes.stream().filter(right).count() / (double) outcomes.size();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static List<String> codes(Enum<?>[] values) {
        return Stream.of(values).map(Object::toString).toList();
    }
}
