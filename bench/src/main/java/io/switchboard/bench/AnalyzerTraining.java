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
 * {@code dev} splits, picks each head's regularisation and class weighting on {@code dev} (fitted
 * on {@code train} alone), refits on both, writes the heads to {@code src/main/resources/conversations/model/} and
 * evaluates the whole analyzer on {@code holdout}, which nothing was fitted or tuned on. The figures
 * measured there are recorded in the heads file, so that a test can tell a stale file.
 *
 * <p>With a second argument {@code dev}, stops after the dev report (heads fitted on train alone),
 * reads nothing of {@code holdout} and writes nothing: the loop for trying a change.
 */
public final class AnalyzerTraining {

    static final double[] LAMBDAS = {1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2};
    static final String OUTPUT = "src/main/resources/conversations/model/heads.json";

    /**
     * One head: its classes, the label of a call (null: the call is not labelled for it), and whether
     * it judges the customer alone (trained without what the agent said).
     */
    record HeadSpec(String name, List<String> classes, Function<Labelled, String> label, boolean customerOnly) {}

    static final List<HeadSpec> HEADS = List.of(
            new HeadSpec(
                    "qualification", List.of("hot", "warm", "cold", "not_qualified"), Labelled::qualification, false),
            new HeadSpec("sentiment", List.of("positive", "neutral", "negative"), Labelled::sentiment, true),
            new HeadSpec("complaint", List.of("no", "yes"), l -> yesNo(l.complaint()), true),
            new HeadSpec("escalation", List.of("no", "yes"), l -> yesNo(l.escalation()), true));

    /** A head's settings, chosen on dev. */
    record Setting(double lambda, boolean balanced) {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "bench/conversations");
        boolean devOnly = args.length > 1 && args[1].equals("dev");
        Featurizer featurizer = Featurizer.shared();
        List<Labelled> train = LabelledCalls.load(folder.resolve("train"), "train");
        List<Labelled> dev = LabelledCalls.load(folder.resolve("dev"), "dev");
        System.out.printf("train %d, dev %d calls; %d features%n", train.size(), dev.size(), Featurizer.size());
        Map<Labelled, float[]> features = new LinkedHashMap<>();
        for (Labelled call : concat(train, dev)) {
            features.put(call, featurizer.features(call.transcript()));
        }
        Map<String, LinearHead> heads = new LinkedHashMap<>();
        Map<String, LinearHead> trainOnly = new LinkedHashMap<>();
        Map<String, Object> info = new LinkedHashMap<>();
        for (HeadSpec spec : HEADS) {
            Setting setting = tune(spec, train, dev, features);
            trainOnly.put(spec.name(), fit(spec, train, features, setting));
            heads.put(spec.name(), fit(spec, concat(train, dev), features, setting));
            info.put(spec.name() + "_lambda", setting.lambda());
            info.put(spec.name() + "_balanced_classes", setting.balanced());
            info.put(spec.name() + "_customer_only", spec.customerOnly());
        }
        info.put("train_calls", train.size());
        info.put("dev_calls", dev.size());
        info.put("fitted_on", "train + dev (regularisation chosen on dev after fitting on train alone)");
        // The whole analyzer (rules included) with heads that never saw dev: the figure to compare
        // changes by, since the shipped heads are fitted on dev too.
        ConversationEval.report(
                "dev (heads fitted on train alone)",
                ConversationEval.run(new LocalAnalyzer(featurizer, new ClassifierHeads(trainOnly, Map.of())), dev),
                true);
        if (devOnly) {
            return;
        }
        List<Labelled> holdout = LabelledCalls.load(folder.resolve("holdout"), "holdout");
        ClassifierHeads trained = new ClassifierHeads(heads, Map.of());
        List<ConversationEval.Outcome> outcomes = ConversationEval.run(new LocalAnalyzer(featurizer, trained), holdout);
        // Summary figures only: listing the held-out misses would invite tuning on them.
        ConversationEval.report("holdout (never fitted or tuned on)", outcomes, false);
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

    /**
     * The setting whose head, fitted on train, reads dev best (on a tie: balanced classes, then the
     * stronger regularisation):
     * by accuracy, except for the rare yes/no signals, where a head that never says yes would look
     * accurate: there, by balanced accuracy (the mean of each class's recall).
     */
    private static Setting tune(HeadSpec spec, List<Labelled> train, List<Labelled> dev, Map<Labelled, float[]> x) {
        Setting best = null;
        double bestAccuracy = -1;
        StringBuilder line = new StringBuilder(spec.name() + " on dev:");
        List<Labelled> labelled =
                dev.stream().filter(l -> spec.label().apply(l) != null).toList();
        for (boolean balanced : new boolean[] {false, true}) {
            for (double lambda : LAMBDAS) {
                Setting setting = new Setting(lambda, balanced);
                double accuracy = accuracy(spec, fit(spec, train, x, setting), labelled, x);
                line.append(String.format(Locale.ROOT, " %s%.0e %.3f", balanced ? "b" : "n", lambda, accuracy));
                if (accuracy >= bestAccuracy) {
                    best = setting;
                    bestAccuracy = accuracy;
                }
            }
        }
        System.out.println(line.append(" -> ").append(best));
        LinearHead chosen = fit(spec, train, x, best);
        for (Labelled call : labelled) {
            String got = chosen.classes().get(SoftmaxRegression.predict(chosen, input(spec, x.get(call))));
            if (!spec.label().apply(call).equals(got)) {
                System.out.printf(
                        "  dev miss %-24s %s -> %s%n", call.id(), spec.label().apply(call), got);
            }
        }
        return best;
    }

    private static double accuracy(HeadSpec spec, LinearHead head, List<Labelled> calls, Map<Labelled, float[]> x) {
        boolean rare = spec.classes().size() == 2;
        double sum = 0;
        int groups = 0;
        for (String label : rare ? spec.classes() : List.of("")) {
            List<Labelled> group = calls.stream()
                    .filter(l -> !rare || spec.label().apply(l).equals(label))
                    .toList();
            if (group.isEmpty()) {
                continue;
            }
            long right = group.stream()
                    .filter(l -> head.classes()
                            .get(SoftmaxRegression.predict(head, input(spec, x.get(l))))
                            .equals(spec.label().apply(l)))
                    .count();
            sum += right / (double) group.size();
            groups++;
        }
        return sum / groups;
    }

    private static float[] input(HeadSpec spec, float[] features) {
        return spec.customerOnly() ? Featurizer.customerOnly(features) : features;
    }

    private static LinearHead fit(HeadSpec spec, List<Labelled> calls, Map<Labelled, float[]> x, Setting setting) {
        List<float[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Labelled call : calls) {
            String label = spec.label().apply(call);
            if (label != null) {
                int index = spec.classes().indexOf(label);
                if (index < 0) {
                    throw new IllegalStateException(call.id() + ": unknown " + spec.name() + " " + label);
                }
                rows.add(input(spec, x.get(call)));
                labels.add(index);
            }
        }
        return SoftmaxRegression.fit(
                rows.toArray(float[][]::new),
                labels.stream().mapToInt(Integer::intValue).toArray(),
                spec.classes(),
                setting.lambda(),
                setting.balanced());
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
