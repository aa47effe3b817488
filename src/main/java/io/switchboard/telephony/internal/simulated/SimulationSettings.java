package io.switchboard.telephony.internal.simulated;

import io.switchboard.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the simulated provider behaves for an organization (the simulated account's config). The
 * outcome rates are weights (normalized); the defaults keep a demo brisk: every call ends within a
 * minute.
 *
 * @param transferRate share of interested answered calls the AI hands to a human
 * @param duplicateRate share of webhooks delivered twice
 * @param outOfOrderRate share of webhooks delivered after the one that followed them
 * @param speed how much faster than real time the simulator runs (delays divided by it)
 * @param sendWebhooks false makes the simulator accept calls and stay silent (tests and benchmarks
 *     that deliver the webhooks themselves)
 */
public record SimulationSettings(
        double answerRate,
        double noAnswerRate,
        double busyRate,
        double voicemailRate,
        double failureRate,
        double transferRate,
        double duplicateRate,
        double outOfOrderRate,
        int ringMin,
        int ringMax,
        int talkMin,
        int talkMax,
        double speed,
        boolean sendWebhooks) {

    public static final SimulationSettings DEFAULTS =
            new SimulationSettings(0.55, 0.2, 0.07, 0.13, 0.05, 0.3, 0.05, 0.05, 2, 5, 15, 40, 1.0, true);

    public static SimulationSettings from(Map<String, Object> config) {
        SimulationSettings d = DEFAULTS;
        SimulationSettings settings = new SimulationSettings(
                rate(config, "answer_rate", d.answerRate),
                rate(config, "no_answer_rate", d.noAnswerRate),
                rate(config, "busy_rate", d.busyRate),
                rate(config, "voicemail_rate", d.voicemailRate),
                rate(config, "failure_rate", d.failureRate),
                rate(config, "transfer_rate", d.transferRate),
                rate(config, "duplicate_rate", d.duplicateRate),
                rate(config, "out_of_order_rate", d.outOfOrderRate),
                range(config, "ring_seconds", 0, d.ringMin, d.ringMax),
                range(config, "ring_seconds", 1, d.ringMin, d.ringMax),
                range(config, "talk_seconds", 0, d.talkMin, d.talkMax),
                range(config, "talk_seconds", 1, d.talkMin, d.talkMax),
                number(config, "speed", d.speed, 0.1, 1000),
                flag(config, "send_webhooks", d.sendWebhooks));
        holdPatienceSeconds(config);
        if (settings.answerRate
                        + settings.noAnswerRate
                        + settings.busyRate
                        + settings.voicemailRate
                        + settings.failureRate
                <= 0) {
            throw new InvalidInput("config.answer_rate", "invalid_config", "at least one outcome rate must be above 0");
        }
        return settings;
    }

    /** How long a simulated caller held in a queue waits before hanging up ({@code hold_patience_seconds}, 120). */
    public static double holdPatienceSeconds(Map<String, Object> config) {
        return number(config, "hold_patience_seconds", 120, 1, 86_400);
    }

    public Map<String, Object> toConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("answer_rate", answerRate);
        config.put("no_answer_rate", noAnswerRate);
        config.put("busy_rate", busyRate);
        config.put("voicemail_rate", voicemailRate);
        config.put("failure_rate", failureRate);
        config.put("transfer_rate", transferRate);
        config.put("duplicate_rate", duplicateRate);
        config.put("out_of_order_rate", outOfOrderRate);
        config.put("ring_seconds", List.of(ringMin, ringMax));
        config.put("talk_seconds", List.of(talkMin, talkMax));
        config.put("speed", speed);
        config.put("send_webhooks", sendWebhooks);
        return config;
    }

    private static boolean flag(Map<String, Object> config, String key, boolean fallback) {
        Object value = config.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean b)) {
            throw new InvalidInput("config." + key, "invalid_config", "must be true or false");
        }
        return b;
    }

    private static double rate(Map<String, Object> config, String key, double fallback) {
        return number(config, key, fallback, 0, 1);
    }

    private static double number(Map<String, Object> config, String key, double fallback, double min, double max) {
        Object value = config.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number n) || n.doubleValue() < min || n.doubleValue() > max) {
            throw new InvalidInput("config." + key, "invalid_config", "must be a number from " + min + " to " + max);
        }
        return n.doubleValue();
    }

    private static int range(Map<String, Object> config, String key, int index, int min, int max) {
        Object value = config.get(key);
        if (value == null) {
            return index == 0 ? min : max;
        }
        if (!(value instanceof List<?> list)
                || list.size() != 2
                || !(list.get(0) instanceof Number low)
                || !(list.get(1) instanceof Number high)
                || low.intValue() < 0
                || high.intValue() < low.intValue()
                || high.intValue() > 3_600) {
            throw new InvalidInput(
                    "config." + key, "invalid_config", "must be [min, max] seconds, 0 ≤ min ≤ max ≤ 3600");
        }
        return (index == 0 ? low : high).intValue();
    }
}
