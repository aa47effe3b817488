package io.switchboard.telephony.internal.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CallScriptTest {

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario(
                    "buyer",
                    1,
                    true,
                    null,
                    null,
                    List.of(List.of("agent", "Hi {first_name}"), List.of("lead", "Yes!"))),
            new Scenario("stop", 1, false, true, null, List.of(List.of("lead", "Do not call me again"))));
    static final CallScript.Parties PARTIES = new CallScript.Parties(
            "SIM1", UUID.randomUUID(), "outbound", "+15125550100", "+15125550104", "Dana", "Ava", "Acme", "http://x");

    static SimulationSettings only(double answer, double noAnswer, double busy, double voicemail, double failure) {
        SimulationSettings d = SimulationSettings.DEFAULTS;
        return new SimulationSettings(answer, noAnswer, busy, voicemail, failure, 0, 0, 0, 1, 2, 10, 20, 1, true);
    }

    @Test
    void anAnsweredCallRingsConnectsEndsAndSendsItsTranscript() {
        List<CallScript.Delivery> script = CallScript.of(only(1, 0, 0, 0, 0), SCENARIOS, PARTIES, new Random(1));

        assertThat(script)
                .extracting(d -> d.payload().get("type") + "/" + d.payload().getOrDefault("status", ""))
                .startsWith("call.status/ringing", "call.status/in_progress")
                .contains("call.status/completed", "call.transcript/");
        Map<String, Object> end = script.stream()
                .filter(d -> "completed".equals(d.payload().get("status")))
                .findFirst()
                .orElseThrow()
                .payload();
        assertThat((Integer) end.get("duration_seconds")).isBetween(10, 20);
        assertThat(end.get("recording_url")).isEqualTo("http://x/simulator/recordings/SIM1.wav");
        Map<?, ?> transcript = (Map<?, ?>) script.getLast().payload().get("transcript");
        assertThat(transcript.toString()).doesNotContain("{first_name}");
    }

    @Test
    void outcomesFollowTheRates() {
        Random random = new Random(7);
        Map<String, Long> ends = java.util.stream.IntStream.range(0, 2000)
                .mapToObj(i -> CallScript.of(only(0.5, 0.3, 0.2, 0, 0), SCENARIOS, PARTIES, random))
                .map(script -> script.stream()
                        .map(d -> (String) d.payload().get("status"))
                        .filter(s -> s != null && !s.equals("ringing") && !s.equals("in_progress"))
                        .findFirst()
                        .orElseThrow())
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));

        assertThat(ends.keySet()).containsOnly("completed", "no_answer", "busy");
        assertThat(ends.get("completed")).isBetween(900L, 1100L);
        assertThat(ends.get("busy")).isBetween(320L, 480L);
    }

    @Test
    void duplicatesRepeatTheEventIdAndSpeedShortensTheWait() {
        SimulationSettings twice = new SimulationSettings(0, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 10, true);
        List<CallScript.Delivery> script = CallScript.of(twice, SCENARIOS, PARTIES, new Random(3));

        assertThat(script).hasSize(4);
        assertThat(script.stream().map(d -> d.payload().get("event_id")).distinct())
                .hasSize(2);
        assertThat(script.getLast().delay()).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void outOfOrderDeliveriesKeepWhenTheyHappened() {
        SimulationSettings shuffled = new SimulationSettings(1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 10, 10, 1, true);
        List<CallScript.Delivery> script = CallScript.of(shuffled, SCENARIOS, PARTIES, new Random(5));

        CallScript.Delivery ringing = script.stream()
                .filter(d -> "ringing".equals(d.payload().get("status")))
                .findFirst()
                .orElseThrow();
        CallScript.Delivery answered = script.stream()
                .filter(d -> "in_progress".equals(d.payload().get("status")))
                .findFirst()
                .orElseThrow();
        assertThat(ringing.delay()).isGreaterThan(answered.happened());
        assertThat(ringing.happened()).isLessThan(answered.happened());
    }
}
