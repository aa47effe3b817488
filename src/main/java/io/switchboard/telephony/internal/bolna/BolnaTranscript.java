package io.switchboard.telephony.internal.bolna;

import io.switchboard.telephony.TranscriptReceived;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Bolna's transcript is one text, a turn per line prefixed with its speaker ({@code assistant:} the
 * AI agent, {@code user:} the person called). Turns become segments with speakers {@code agent} and
 * {@code lead}; Bolna gives no timings, so each turn's start and end are spread over the
 * conversation's duration in proportion to its length.
 */
final class BolnaTranscript {

    private static final Pattern TURN = Pattern.compile("^\\s*([A-Za-z][A-Za-z _-]{0,19}?)\\s*:\\s?(.*)$");
    private static final Map<String, String> SPEAKERS = Map.ofEntries(
            Map.entry("assistant", "agent"),
            Map.entry("agent", "agent"),
            Map.entry("ai", "agent"),
            Map.entry("bot", "agent"),
            Map.entry("user", "lead"),
            Map.entry("customer", "lead"),
            Map.entry("human", "lead"),
            Map.entry("caller", "lead"),
            Map.entry("callee", "lead"),
            Map.entry("recipient", "lead"),
            Map.entry("lead", "lead"));

    private BolnaTranscript() {}

    private record Turn(String speaker, StringBuilder text) {}

    static List<TranscriptReceived.Segment> segments(String transcript, @Nullable Integer durationSeconds) {
        List<Turn> turns = new ArrayList<>();
        for (String line : transcript.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher matcher = TURN.matcher(line);
            String speaker =
                    matcher.matches() ? SPEAKERS.get(matcher.group(1).strip().toLowerCase(Locale.ROOT)) : null;
            if (speaker != null) {
                turns.add(new Turn(speaker, new StringBuilder(matcher.group(2).strip())));
            } else if (!turns.isEmpty()) {
                turns.getLast().text().append(' ').append(line.strip());
            } else {
                turns.add(new Turn("unknown", new StringBuilder(line.strip())));
            }
        }
        turns.removeIf(t -> t.text().isEmpty());
        int characters = turns.stream().mapToInt(t -> t.text().length()).sum();
        double total = durationSeconds == null ? 0 : Math.max(0, durationSeconds);
        List<TranscriptReceived.Segment> segments = new ArrayList<>();
        double at = 0;
        for (Turn turn : turns) {
            double length = characters == 0 ? 0 : total * turn.text().length() / characters;
            segments.add(new TranscriptReceived.Segment(
                    turn.speaker(), round(at), round(at + length), turn.text().toString()));
            at += length;
        }
        return segments;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
