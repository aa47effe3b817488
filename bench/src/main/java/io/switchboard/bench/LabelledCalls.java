package io.switchboard.bench;

import io.switchboard.conversations.Segment;
import io.switchboard.conversations.Transcript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled calls of one split folder of {@code bench/conversations}: one JSON file per call
 * ({@code *.json}), or many calls per text file ({@code *.txt}, the compact block format described
 * in {@code bench/conversations/README.md}).
 */
public final class LabelledCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> SPEAKERS = Map.of("A", "agent", "C", "customer");

    private LabelledCalls() {}

    /**
     * One labelled call. {@code complaint} and {@code escalation} are null where the call was not
     * labelled for them (the older JSON files).
     */
    public record Labelled(
            String split,
            String id,
            String industry,
            String language,
            Transcript transcript,
            String qualification,
            String sentiment,
            boolean dnc,
            @Nullable Boolean complaint,
            @Nullable Boolean escalation) {}

    public static List<Labelled> load(Path folder, String split) throws IOException {
        List<Labelled> labelled = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json")) {
                    labelled.add(json(file, split));
                } else if (name.endsWith(".txt")) {
                    labelled.addAll(blocks(file, split));
                }
            }
        }
        return labelled;
    }

    private static Labelled json(Path file, String split) {
        JsonNode node = JSON.readTree(file.toFile());
        List<Segment> segments = new ArrayList<>();
        node.path("segments")
                .forEach(s -> segments.add(
                        Segment.of(s.path("speaker").asString(), s.path("text").asString())));
        String stated = node.hasNonNull("language") ? node.path("language").asString() : null;
        JsonNode expected = node.path("expected");
        return new Labelled(
                split,
                node.path("id").asString(),
                node.path("industry").asString("mixed"),
                expected.path("language").asString("en"),
                new Transcript(segments, stated),
                expected.path("qualification").asString(),
                expected.path("sentiment").asString(),
                expected.path("do_not_call").asBoolean(),
                null,
                null);
    }

    /** Blocks: a header "= id | industry | language | qualification | sentiment | signals", then "A:"/"C:" turns. */
    private static List<Labelled> blocks(Path file, String split) throws IOException {
        List<Labelled> calls = new ArrayList<>();
        String[] header = null;
        List<Segment> segments = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("= ")) {
                if (header != null) {
                    calls.add(block(header, segments, split, file));
                }
                header = line.substring(2).split("\\|", -1);
                segments = new ArrayList<>();
            } else if (header != null && line.length() > 2 && line.charAt(1) == ':') {
                String speaker = SPEAKERS.get(line.substring(0, 1));
                if (speaker == null) {
                    throw new IllegalStateException(file + ": unknown speaker in '" + line + "'");
                }
                segments.add(Segment.of(speaker, line.substring(2).strip()));
            }
        }
        if (header != null) {
            calls.add(block(header, segments, split, file));
        }
        return calls;
    }

    private static Labelled block(String[] header, List<Segment> segments, String split, Path file) {
        if (header.length != 6 || segments.isEmpty()) {
            throw new IllegalStateException(file + ": bad block " + String.join("|", header));
        }
        List<String> signals = Stream.of(header[5].split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return new Labelled(
                split,
                header[0].strip(),
                header[1].strip(),
                header[2].strip(),
                new Transcript(List.copyOf(segments), null),
                header[3].strip(),
                header[4].strip(),
                signals.contains("stop"),
                signals.contains("complaint"),
                signals.contains("escalation"));
    }
}
