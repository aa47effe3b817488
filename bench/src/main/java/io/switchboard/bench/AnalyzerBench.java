package io.switchboard.bench;

import io.switchboard.bench.LabelledCalls.Labelled;
import io.switchboard.conversations.AnalysisRules;
import io.switchboard.conversations.Segment;
import io.switchboard.conversations.Transcript;
import io.switchboard.conversations.internal.local.LocalAnalyzer;
import io.switchboard.conversations.internal.local.TranscriptVectors;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * CPU per transcript of the local analyzer, one thread (bench/analyzer-cpu.sh): every labelled call
 * in bench/conversations, analysed after a warm-up round, then the search vector the pipeline also
 * stores. Prints the mean, median and 95th percentile of the calling thread's CPU time (ONNX Runtime
 * runs on it: one intra-op thread), the process CPU per transcript (GC and JIT included), and the
 * transcripts one core keeps up with. The labelled calls are short (a few turns), so it also
 * times longer calls: six calls of one language joined into one (some 25 turns, a call of a few
 * minutes), and the campaign simulator's conversations (the calls the campaign benchmark places), by
 * their weights. Arguments: rounds (default 3).
 */
public final class AnalyzerBench {

    private static final int JOINED = 6;

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path folder = Path.of("bench/conversations");
        List<Labelled> calls = new ArrayList<>();
        for (String split : List.of("train", "dev", "holdout")) {
            calls.addAll(LabelledCalls.load(folder.resolve(split), split));
        }
        LocalAnalyzer analyzer = new LocalAnalyzer();
        TranscriptVectors vectors = TranscriptVectors.shared();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (Labelled call : calls) {
            analyzer.analyze(call.transcript(), AnalysisRules.NONE);
            vectors.transcript(call.transcript().segments());
        }
        double[] analysis = new double[calls.size() * rounds];
        double[] withVector = new double[calls.size() * rounds];
        long processStart = os.getProcessCpuTime();
        long wallStart = System.nanoTime();
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (Labelled call : calls) {
                long start = threads.getCurrentThreadCpuTime();
                analyzer.analyze(call.transcript(), AnalysisRules.NONE);
                long analysed = threads.getCurrentThreadCpuTime();
                vectors.transcript(call.transcript().segments());
                long end = threads.getCurrentThreadCpuTime();
                analysis[n] = (analysed - start) / 1e6;
                withVector[n] = (end - start) / 1e6;
                n++;
            }
        }
        double process = (os.getProcessCpuTime() - processStart) / 1e6 / n;
        double wall = (System.nanoTime() - wallStart) / 1e6 / n;
        double words = calls.stream()
                .mapToInt(c -> c.transcript().segments().stream()
                        .mapToInt(s -> s.text().split("\\s+").length)
                        .sum())
                .average()
                .orElse(0);
        System.out.printf(
                Locale.ROOT, "%d transcripts x %d rounds, %.0f words each on average%n", calls.size(), rounds, words);
        print("analysis, thread CPU ms", analysis);
        print("analysis + search vector, thread CPU ms", withVector);
        System.out.printf(Locale.ROOT, "process CPU per transcript %.1f ms (wall %.1f ms)%n", process, wall);
        System.out.printf(
                Locale.ROOT,
                "one core keeps up with %.0f transcripts/s; CPU per typical transcript (median, analysis + vector) %.1f ms%n",
                1000 / process,
                percentile(withVector, 50));
        longCalls(calls, analyzer, vectors, threads);
        simulated(analyzer, vectors, threads);
    }

    /** The simulator's scripted conversations, each as often as its weight, placeholders filled in. */
    private static void simulated(LocalAnalyzer analyzer, TranscriptVectors vectors, ThreadMXBean threads)
            throws IOException {
        var scenarios = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(Path.of("src/main/resources/simulator/conversations.json"));
        List<Transcript> weighted = new ArrayList<>();
        for (var scenario : scenarios) {
            List<Segment> segments = new ArrayList<>();
            for (var turn : scenario.path("segments")) {
                String text = turn.get(1).asString().replaceAll("\\{[a-z_]+}", "Alex");
                segments.add(Segment.of(turn.get(0).asString(), text));
            }
            for (int i = 0; i < scenario.path("weight").asInt(1); i++) {
                weighted.add(new Transcript(segments, null));
            }
        }
        weighted.forEach(t -> analyzer.analyze(t, AnalysisRules.NONE));
        double[] cpu = new double[weighted.size() * 10];
        for (int i = 0; i < cpu.length; i++) {
            Transcript t = weighted.get(i % weighted.size());
            long start = threads.getCurrentThreadCpuTime();
            analyzer.analyze(t, AnalysisRules.NONE);
            vectors.transcript(t.segments());
            cpu[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        }
        double mean = Arrays.stream(cpu).average().orElse(0);
        print("campaign simulator's conversations (by weight), analysis + search vector, thread CPU ms", cpu);
        System.out.printf(
                Locale.ROOT, "one core analyses %.0f of the campaign's transcripts per second%n", 1000 / mean);
    }

    /** Six labelled calls of one language joined into one longer call, timed like the short ones. */
    private static void longCalls(
            List<Labelled> calls, LocalAnalyzer analyzer, TranscriptVectors vectors, ThreadMXBean threads) {
        List<Transcript> joined = new ArrayList<>();
        calls.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        Labelled::language, java.util.TreeMap::new, java.util.stream.Collectors.toList()))
                .forEach((language, group) -> {
                    for (int i = 0; i + JOINED <= group.size(); i += JOINED) {
                        List<Segment> segments = new ArrayList<>();
                        group.subList(i, i + JOINED)
                                .forEach(c -> segments.addAll(c.transcript().segments()));
                        joined.add(new Transcript(segments, null));
                    }
                });
        joined.forEach(t -> analyzer.analyze(t, AnalysisRules.NONE));
        double[] cpu = new double[joined.size()];
        for (int i = 0; i < cpu.length; i++) {
            long start = threads.getCurrentThreadCpuTime();
            analyzer.analyze(joined.get(i), AnalysisRules.NONE);
            vectors.transcript(joined.get(i).segments());
            cpu[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        }
        System.out.printf(
                Locale.ROOT,
                "%d longer calls (%d joined, %.0f turns, %.0f words each on average)%n",
                joined.size(),
                JOINED,
                joined.stream().mapToInt(t -> t.segments().size()).average().orElse(0),
                joined.stream()
                        .mapToInt(t -> t.segments().stream()
                                .mapToInt(s -> s.text().split("\\s+").length)
                                .sum())
                        .average()
                        .orElse(0));
        print("longer call, analysis + search vector, thread CPU ms", cpu);
    }

    private static void print(String what, double[] values) {
        System.out.printf(
                Locale.ROOT,
                "%s: mean %.1f, median %.1f, p95 %.1f, max %.1f%n",
                what,
                Arrays.stream(values).average().orElse(0),
                percentile(values, 50),
                percentile(values, 95),
                Arrays.stream(values).max().orElse(0));
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
