package io.switchboard.telephony;

import io.switchboard.shared.InvalidInput;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an AI agent's voice, LLM and task configuration (seed 004 bolna_voice_config,
 * bolna_llm_config, bolna_task_config). Known keys must have the right type and range; other keys
 * pass through to the provider untouched, within a size limit.
 */
public final class AgentConfigPolicy {

    static final int MAX_KEYS = 50;
    static final int MAX_TEXT = 20_000;
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    private static final Set<String> TEXT_KEYS =
            Set.of("voice", "voice_id", "provider", "model", "system_prompt", "greeting", "goal", "voicemail_message");

    private AgentConfigPolicy() {}

    public static void voice(Map<String, Object> config) {
        common("voice_config", config);
        language("voice_config", config);
        number("voice_config", config, "speed", 0.5, 2.0);
    }

    public static void llm(Map<String, Object> config) {
        common("llm_config", config);
        number("llm_config", config, "temperature", 0, 2);
        number("llm_config", config, "max_tokens", 1, 32_768);
    }

    public static void task(Map<String, Object> config) {
        common("task_config", config);
        language("task_config", config);
        number("task_config", config, "max_duration_seconds", 10, 7_200);
        number("task_config", config, "hangup_after_silence_seconds", 1, 120);
        Object transfer = config.get("transfer_number");
        if (transfer != null
                && !(transfer instanceof String s && E164.matcher(s).matches())) {
            throw new InvalidInput(
                    "task_config.transfer_number", "invalid_config", "must be an E.164 number such as +14155550100");
        }
    }

    private static void common(String field, Map<String, Object> config) {
        if (config.size() > MAX_KEYS) {
            throw new InvalidInput(field, "invalid_config", "at most " + MAX_KEYS + " keys");
        }
        for (var entry : config.entrySet()) {
            if (TEXT_KEYS.contains(entry.getKey())) {
                if (!(entry.getValue() instanceof String text)) {
                    throw new InvalidInput(field + "." + entry.getKey(), "invalid_config", "must be text");
                }
                if (text.length() > MAX_TEXT) {
                    throw new InvalidInput(
                            field + "." + entry.getKey(), "invalid_config", "at most " + MAX_TEXT + " characters");
                }
            }
        }
    }

    private static void language(String field, Map<String, Object> config) {
        Object language = config.get("language");
        if (language != null
                && !(language instanceof String s && LANGUAGE.matcher(s).matches())) {
            throw new InvalidInput(field + ".language", "invalid_config", "must be a language tag such as en or hi-IN");
        }
    }

    private static void number(String field, Map<String, Object> config, String key, double min, double max) {
        Object value = config.get(key);
        if (value == null) {
            return;
        }
        if (!(value instanceof Number n) || n.doubleValue() < min || n.doubleValue() > max) {
            throw new InvalidInput(
                    field + "." + key, "invalid_config", "must be a number from " + trim(min) + " to " + trim(max));
        }
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
