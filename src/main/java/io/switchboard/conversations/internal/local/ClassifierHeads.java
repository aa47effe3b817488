package io.switchboard.conversations.internal.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The trained heads shipped in {@value #RESOURCE} (written by {@code bench/train-analyzer.sh}):
 * qualification, sentiment, complaint and escalation, plus the figures the training run measured
 * on the held-out split, so that a stale file can be caught.
 *
 * @param evaluation figure name to value, as the training run recorded them
 */
public record ClassifierHeads(Map<String, LinearHead> heads, Map<String, Double> evaluation) {

    public static final String RESOURCE = "conversations/model/heads.json";
    public static final List<String> NAMES = List.of("qualification", "sentiment", "complaint", "escalation");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static volatile ClassifierHeads shipped;

    public ClassifierHeads {
        heads = Map.copyOf(heads);
        evaluation = Map.copyOf(evaluation);
    }

    public LinearHead head(String name) {
        LinearHead head = heads.get(name);
        if (head == null) {
            throw new IllegalStateException("no " + name + " head in " + RESOURCE);
        }
        return head;
    }

    public static ClassifierHeads shipped() {
        ClassifierHeads local = shipped;
        if (local == null) {
            try (InputStream in = ClassifierHeads.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing: run bench/train-analyzer.sh");
                }
                local = read(JSON.readTree(in));
                shipped = local;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return local;
    }

    static ClassifierHeads read(JsonNode root) {
        if (!CallFeatures.LAYOUT.equals(root.path("layout").asString())) {
            throw new IllegalStateException(RESOURCE + " was trained on features " + root.path("layout")
                    + ", the analyzer makes " + CallFeatures.LAYOUT + ": retrain");
        }
        Map<String, LinearHead> heads = new LinkedHashMap<>();
        for (String name : NAMES) {
            JsonNode node = root.path("heads").path(name);
            List<String> classes = new ArrayList<>();
            node.path("classes").forEach(c -> classes.add(c.asString()));
            float[] bias = new float[classes.size()];
            for (int c = 0; c < bias.length; c++) {
                bias[c] = (float) node.path("bias").get(c).asDouble();
            }
            float[][] weights =
                    LinearHead.decodeWeights(node.path("weights").asString(), classes.size(), CallFeatures.SIZE);
            heads.put(name, new LinearHead(classes, weights, bias));
        }
        Map<String, Double> evaluation = new LinkedHashMap<>();
        root.path("evaluation")
                .properties()
                .forEach(e -> evaluation.put(e.getKey(), e.getValue().asDouble()));
        return new ClassifierHeads(heads, evaluation);
    }

    /** The file as the trainer writes it; {@code info} says how it was made. */
    public String write(Map<String, Object> info) {
        ObjectNode root = JSON.createObjectNode();
        root.put("layout", CallFeatures.LAYOUT);
        root.set("training", JSON.valueToTree(info));
        ObjectNode evaluationNode = root.putObject("evaluation");
        evaluation.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> evaluationNode.put(e.getKey(), e.getValue()));
        ObjectNode headsNode = root.putObject("heads");
        for (String name : NAMES) {
            LinearHead head = head(name);
            ObjectNode node = headsNode.putObject(name);
            head.classes().forEach(node.putArray("classes")::add);
            var bias = node.putArray("bias");
            for (float b : head.bias()) {
                bias.add(b);
            }
            node.put("weights", head.encodedWeights());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
