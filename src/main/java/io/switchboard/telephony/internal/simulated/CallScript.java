package io.switchboard.telephony.internal.simulated;

import io.switchboard.telephony.TranscriptReceived;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the simulated provider will report about one call, and when: the outcome drawn from the
 * settings' rates, realistic timings, a transcript for conversations, and deliberate duplicate and
 * out-of-order deliveries. Pure: the same random source gives the same script.
 */
public final class CallScript {

    /**
     * One webhook to deliver after {@code delay}, about something that happened {@code happened}
     * after the call was placed (both already divided by the simulation speed).
     */
    public record Delivery(Duration delay, Duration happened, Map<String, Object> payload) {}

    /** Who is called, for the transcript. */
    public record Parties(
            String providerCallId,
            UUID reference,
            String direction,
            @Nullable String from,
            String to,
            String firstName,
            String agentName,
            String company,
            String recordingBaseUrl) {}

    private CallScript() {}

    public static List<Delivery> of(
            SimulationSettings settings, List<Scenario> scenarios, Parties parties, Random random) {
        List<Timed> events = new ArrayList<>();
        String outcome = outcome(settings, random);
        double ring = between(random, settings.ringMin(), settings.ringMax());
        switch (outcome) {
            case "completed" -> answered(settings, scenarios, parties, random, ring, events);
            case "no_answer" -> {
                events.add(status(parties, 0.5, "ringing", null));
                double timeout = between(random, 10, 20);
                events.add(end(parties, 0.5 + timeout, "no_answer", 0, "no-answer", null));
            }
            case "busy" -> events.add(end(parties, between(random, 1, 3), "busy", 0, "busy", null));
            case "voicemail" -> {
                events.add(status(parties, 0.5, "ringing", null));
                double talk = between(random, 5, 12);
                events.add(end(
                        parties,
                        0.5 + ring + talk,
                        "voicemail",
                        (int) Math.round(talk),
                        "machine-detected",
                        recording(parties)));
            }
            default -> events.add(end(parties, between(random, 0.5, 2), "failed", 0, "unreachable", null));
        }
        return deliveries(settings, events, random);
    }

    private static void answered(
            SimulationSettings settings,
            List<Scenario> scenarios,
            Parties parties,
            Random random,
            double ring,
            List<Timed> events) {
        Scenario scenario = pick(scenarios, random);
        double talk = between(random, settings.talkMin(), settings.talkMax());
        double answeredAt = 0.5 + ring;
        double endedAt = answeredAt + talk;
        events.add(status(parties, 0.5, "ringing", null));
        events.add(status(parties, answeredAt, "in_progress", null));
        boolean transfer = scenario.interested() && random.nextDouble() < settings.transferRate();
        if (transfer) {
            Map<String, Object> payload = base(parties, "call.transfer");
            payload.put(
                    "transfer",
                    Map.of(
                            "type", random.nextBoolean() ? "warm" : "cold",
                            "reason", "the caller is ready to move forward and asked for a specialist",
                            "department", "sales"));
            events.add(new Timed(answeredAt + talk * 0.8, payload));
        }
        if (Boolean.TRUE.equals(scenario.doNotCall())) {
            Map<String, Object> payload = base(parties, "call.opt_out");
            payload.put("do_not_call", true);
            events.add(new Timed(answeredAt + talk * 0.6, payload));
        }
        events.add(end(
                parties,
                endedAt,
                "completed",
                (int) Math.round(talk),
                transfer ? "transferred" : "agent-hangup",
                recording(parties)));
        Map<String, Object> transcript = base(parties, "call.transcript");
        transcript.put("transcript", transcript(scenario, parties, talk));
        events.add(new Timed(endedAt + 1, transcript));
    }

    private static Map<String, Object> transcript(Scenario scenario, Parties parties, double talk) {
        List<Map<String, Object>> segments = new ArrayList<>();
        for (TranscriptReceived.Segment segment : segments(scenario, parties, talk)) {
            segments.add(Map.of(
                    "speaker",
                    segment.speaker(),
                    "start",
                    segment.startSeconds(),
                    "end",
                    segment.endSeconds(),
                    "text",
                    segment.text()));
        }
        Map<String, Object> transcript = new LinkedHashMap<>();
        transcript.put("language", scenario.language() == null ? "en" : scenario.language());
        transcript.put("scenario", scenario.id());
        transcript.put("segments", segments);
        return transcript;
    }

    /** The scenario's lines with the parties' names, timed over {@code talk} seconds by their length. */
    public static List<TranscriptReceived.Segment> segments(Scenario scenario, Parties parties, double talk) {
        int characters =
                scenario.segments().stream().mapToInt(s -> s.get(1).length()).sum();
        List<TranscriptReceived.Segment> segments = new ArrayList<>();
        double at = 0;
        for (List<String> segment : scenario.segments()) {
            String text = segment.get(1)
                    .replace("{first_name}", parties.firstName())
                    .replace("{agent}", parties.agentName())
                    .replace("{company}", parties.company());
            double length = talk * segment.get(1).length() / Math.max(1, characters);
            segments.add(new TranscriptReceived.Segment(segment.get(0), round(at), round(at + length), text));
            at += length;
        }
        return segments;
    }

    private static List<Delivery> deliveries(SimulationSettings settings, List<Timed> events, Random random) {
        events.sort(Comparator.comparingDouble(Timed::at));
        List<Timed> sent = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Timed event = events.get(i);
            double at = event.at();
            // Out of order: delivered a moment after the event that followed it.
            if (i + 1 < events.size() && random.nextDouble() < settings.outOfOrderRate()) {
                at = events.get(i + 1).at() + between(random, 0.1, 1.0);
            }
            sent.add(new Timed(at, event.at(), event.payload()));
            if (random.nextDouble() < settings.duplicateRate()) {
                sent.add(new Timed(at + between(random, 0.2, 2.0), event.at(), event.payload()));
            }
        }
        sent.sort(Comparator.comparingDouble(Timed::at));
        return sent.stream()
                .map(t -> new Delivery(millis(t.at(), settings), millis(t.happened(), settings), t.payload()))
                .toList();
    }

    private record Timed(double at, double happened, Map<String, Object> payload) {

        Timed(double at, Map<String, Object> payload) {
            this(at, at, payload);
        }
    }

    private static Duration millis(double seconds, SimulationSettings settings) {
        return Duration.ofMillis(Math.round(seconds * 1000 / settings.speed()));
    }

    private static Timed status(Parties parties, double at, String status, @Nullable String reason) {
        Map<String, Object> payload = base(parties, "call.status");
        payload.put("status", status);
        if (reason != null) {
            payload.put("hangup_reason", reason);
        }
        return new Timed(at, payload);
    }

    private static Timed end(
            Parties parties, double at, String status, int duration, String reason, @Nullable String recording) {
        Timed timed = status(parties, at, status, reason);
        timed.payload().put("duration_seconds", duration);
        if (recording != null) {
            timed.payload().put("recording_url", recording);
        }
        if (duration > 0) {
            timed.payload().put("cost", Map.of("amount_minor", 2L * ((duration + 59) / 60), "currency", "USD"));
        }
        return timed;
    }

    private static Map<String, Object> base(Parties parties, String type) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event_id", "evt_" + UUID.randomUUID());
        payload.put("type", type);
        payload.put("call_id", parties.providerCallId());
        payload.put("reference", parties.reference().toString());
        payload.put("direction", parties.direction());
        if (parties.from() != null) {
            payload.put("from", parties.from());
        }
        payload.put("to", parties.to());
        return payload;
    }

    private static String recording(Parties parties) {
        return parties.recordingBaseUrl() + "/simulator/recordings/" + parties.providerCallId() + ".wav";
    }

    private static String outcome(SimulationSettings s, Random random) {
        double total = s.answerRate() + s.noAnswerRate() + s.busyRate() + s.voicemailRate() + s.failureRate();
        double draw = random.nextDouble() * total;
        if ((draw -= s.answerRate()) < 0) {
            return "completed";
        }
        if ((draw -= s.noAnswerRate()) < 0) {
            return "no_answer";
        }
        if ((draw -= s.busyRate()) < 0) {
            return "busy";
        }
        if ((draw -= s.voicemailRate()) < 0) {
            return "voicemail";
        }
        return "failed";
    }

    private static Scenario pick(List<Scenario> scenarios, Random random) {
        int total = scenarios.stream().mapToInt(Scenario::weight).sum();
        int draw = random.nextInt(total);
        for (Scenario scenario : scenarios) {
            if ((draw -= scenario.weight()) < 0) {
                return scenario;
            }
        }
        return scenarios.getLast();
    }

    private static double between(Random random, double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
