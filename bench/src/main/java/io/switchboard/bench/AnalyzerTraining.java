package io.switchboard.bench;

import io.switchboard.bench.LabelledCalls.Labelled;
import io.switchboard.conversations.internal.local.ClassifierHeads;
import io.switchboard.conversations.internal.local.Featurizer;
import io.switchboard.conversations.internal.local.LinearHead;
import io.switchboard.conversations.internal.local.LocalAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Trains the local analyzer's heads (bench/train-analyzer.sh): featurises the {@code train} and
 * {@code dev} splits, picks each head's regularisation on {@code dev} (fitted on {@code train}
 * alone), refits on both, writes the heads to {@code src/main/resources/conversations/model/} and
 * evaluates the whole analyzer on {@code holdout}, which nothing was fitted or tuned on. The figures
 * measured there are recorded in the heads file, so that a test can tell a stale file.
 */
public final class AnalyzerTraining {

    static final double[] LAMBDAS = {1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2};
    static final String OUTPUT = "src/main/resources/conversations/model/heads.json";

    /** One head: its classes and the label of a call (null: the call is not labelled for it). */
    record HeadSpec(String name, List<String> classes, Function<Labelled, String> label) {}

    static final List<HeadSpec> HEADS = List.of(
            new HeadSpec("qualification", List.of("hot", "warm", "cold", "not_qualified"), Labelled::qualification),
            new HeadSpec("sentiment", List.of("positive", "neutral", "negative"), Labelled::sentiment),
            new HeadSpec("complaint", List.of("no", "yes"), l -> yesNo(l.complaint())),
            new HeadSpec("escalation", List.of("no", "yes"), l -> yesNo(l.escalation())));

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "bench/conversations");
        Featurizer featurizer = Featurizer.shared();
        List<Labelled> train = LabelledCalls.load(folder.resolve("train"), "train");
        List<Labelled> dev = LabelledCalls.load(folder.resolve("dev"), "dev");
        List<Labelled> holdout = LabelledCalls.load(folder.resolve("holdout"), "holdout");
        System.out.printf(
                "train %d, dev %d, holdout %d calls; %d features%n",
                train.size(), dev.size(), holdout.size(), Featurizer.size());
        Map<Labelled, float[]> features = new LinkedHashMap<>();
        for (Labelled call : concat(train, dev)) {
            features.put(call, featurizer.features(call.transcript()));
        }
        Map<String, LinearHead> heads = new LinkedHashMap<>();
        Map<String, Object> info = new LinkedHashMap<>();
        for (HeadSpec spec : HEADS) {
            double lambda = tune(spec, train, dev, features);
            heads.put(spec.name(), fit(spec, concat(train, dev), features, lambda));
            info.put(spec.name() + "_lambda", lambda);
        }
        info.put("train_calls", train.size());
        info.put("dev_calls", dev.size());
        info.put("fitted_on", "train + dev (regularisation chosen on dev after fitting on train alone)");
        ClassifierHeads trained = new ClassifierHeads(heads, Map.of());
        List<ConversationEval.Outcome> outcomes = ConversationEval.run(new LocalAnalyzer(featurizer, trained), holdout);
        ConversationEval.report("holdout (never fitted or tuned on)", outcomes);
        Map<String, Double> evaluation = ConversationEval.figures(outcomes);
        Path output = Path.of(OUTPUT);
        Files.createDirectories(output.getParent());
        Files.writeString(output, new ClassifierHeads(heads, evaluation).write(info) + "\n", StandardCharsets.UTF_8);
        System.out.printf(
                Locale.ROOT,
                "wrote %s: held-out qualification %.3f, sentiment %.3f (n=%d)%n",
                OUTPUT,
                evaluation.get("qualification"),
                evaluation.get("sentiment"),
                holdout.size());
    }

    /** The regularisation whose head, fitted on train, reads dev best (the stronger one on a tie). */
    private static double tune(HeadSpec spec, List<Labelled> train, List<Labelled> dev, Map<Labelled, float[]> x) {
        double best = LAMBDAS[0];
        double bestAccuracy = -1;
        StringBuilder line = new StringBuilder(spec.name() + " on dev:");
        for (double lambda : LAMBDAS) {
            LinearHead head = fit(spec, train, x, lambda);
            List<Labelled> labelled =
                    dev.stream().filter(l -> spec.label().apply(l) != null).toList();
            long right = labelled.stream()
                    .filter(l -> head.classes()
                            .get(SoftmaxRegression.predict(head, x.get(l)))
                            .equals(spec.label().apply(l)))
                    .count();
            double accuracy = right / (double) labelled.size();
            line.append(String.format(Locale.ROOT, " λ=%.0e %.3f", lambda, accuracy));
            if (accuracy >= bestAccuracy) {
                best = lambda;
                bestAccuracy = accuracy;
            }
        }
        System.out.println(line.append(String.format(Locale.ROOT, " -> λ=%.0e", best)));
        LinearHead chosen = fit(spec, train, x, best);
        for (Labelled call : dev) {
            String expected = spec.label().apply(call);
            String got = chosen.classes().get(SoftmaxRegression.predict(chosen, x.get(call)));
            if (expected != null && !expected.equals(got)) {
                System.out.printf("  dev miss %-24s %s -> %s%n", call.id(), expected, got);
            }
        }
        return best;
    }

    private static LinearHead fit(HeadSpec spec, List<Labelled> calls, Map<Labelled, float[]> x, double lambda) {
        List<float[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Labelled call : calls) {
            String label = spec.label().apply(call);
            if (label != null) {
                int index = spec.classes().indexOf(label);
                if (index < 0) {
                    throw new IllegalStateException(call.id() + ": unknown " + spec.name() + " " + label);
                }
                rows.add(x.get(call));
                labels.add(index);
            }
        }
        return SoftmaxRegression.fit(
                rows.toArray(float[][]::new),
                labels.stream().mapToInt(Integer::intValue).toArray(),
                spec.classes(),
                lambda);
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "yes" : "no";
    }

    private static List<Labelled> concat(List<Labelled> a, List<Labelled> b) {
        List<Labelled> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
