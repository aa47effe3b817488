package io.switchboard.conversations.internal.openai;

import io.switchboard.conversations.AnalysisRules;
import io.switchboard.conversations.ExtractionField;
import io.switchboard.conversations.ObjectionKind;
import io.switchboard.conversations.Qualification;
import io.switchboard.conversations.QualificationQuestion;
import io.switchboard.conversations.Segment;
import io.switchboard.conversations.SentimentLabel;
import io.switchboard.conversations.Transcript;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The chat completions request: instructions that define the labels the way the local analyzer
 * does, the transcript as speaker lines, and a strict JSON schema ({@code response_format:
 * json_schema}) so that the answer can be read without guessing.
 */
final class AnalysisPrompt {

    static final String SCHEMA_NAME = "call_analysis";

    private static final String INSTRUCTIONS =
            """
            You analyse sales and service phone calls for a call center. Read the transcript and \
            answer only with JSON that follows the given schema.
            - Judge the customer, not the agent's script: sentiment_score (-1..1) and sentiment_label \
            describe the customer's tone; intent_score (0..1) is how much the customer wants to buy.
            - qualification: hot = need plus budget or timeline stated and a concrete next step agreed; \
            warm = genuine interest, partly qualified, no firm next step; cold = talked but low or \
            distant intent; not_qualified = voicemail greeting, wrong number, do-not-call request, \
            clear refusal or no need, or no conversation.
            - do_not_call_requested is true only when the customer asks not to be called or \
            contacted again, or to be removed from a list.
            - callback_time: the time the customer asked to be called back at, as they said it, or null.
            - call_quality_score (0..1) rates how well the agent ran the call; null without a conversation.
            - summary: two or three sentences. next_steps: short imperative sentences.
            - language: the BCP 47 tag of the conversation's language (en, es, hi-Latn, ...).
            - answers and extracted_fields: one entry per key listed below, answer or value null \
            when the customer did not say.
            """;

    private AnalysisPrompt() {}

    static ObjectNode request(
            JsonMapper json, String model, int maxTokens, Transcript transcript, AnalysisRules rules) {
        ObjectNode body = json.createObjectNode();
        body.put("model", model);
        body.put("temperature", 0);
        body.put("max_tokens", maxTokens);
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", INSTRUCTIONS + rulesText(rules));
        messages.addObject().put("role", "user").put("content", transcriptText(transcript));
        ObjectNode format = body.putObject("response_format");
        format.put("type", "json_schema");
        ObjectNode schema = format.putObject("json_schema");
        schema.put("name", SCHEMA_NAME);
        schema.put("strict", true);
        schema.set("schema", schema(json, rules));
        return body;
    }

    static String transcriptText(Transcript transcript) {
        StringBuilder text = new StringBuilder();
        if (transcript.language() != null) {
            text.append("(stated language: ").append(transcript.language()).append(")\n");
        }
        for (Segment segment : transcript.segments()) {
            if (segment.start() != null) {
                text.append("[")
                        .append(String.format(java.util.Locale.ROOT, "%.1f", segment.start()))
                        .append("s] ");
            }
            text.append(segment.speaker().strip())
                    .append(": ")
                    .append(segment.text().strip())
                    .append('\n');
        }
        return text.toString();
    }

    private static String rulesText(AnalysisRules rules) {
        StringBuilder text = new StringBuilder();
        if (!rules.questions().isEmpty()) {
            text.append("Qualification questions (key: question):\n");
            for (QualificationQuestion q : rules.questions()) {
                text.append("- ")
                        .append(q.key())
                        .append(": ")
                        .append(q.question())
                        .append('\n');
            }
        }
        if (!rules.fields().isEmpty()) {
            text.append("Fields to extract (key: label, type):\n");
            for (ExtractionField f : rules.fields()) {
                text.append("- ")
                        .append(f.key())
                        .append(": ")
                        .append(f.label())
                        .append(", ")
                        .append(f.type())
                        .append('\n');
            }
        }
        return text.toString();
    }

    static ObjectNode schema(JsonMapper json, AnalysisRules rules) {
        ObjectNode schema = object(json);
        ObjectNode p = schema.putObject("properties");
        p.putObject("language").put("type", "string");
        p.putObject("confidence").put("type", "number");
        p.putObject("intent_score").put("type", "number");
        p.putObject("sentiment_score").put("type", "number");
        enumOf(p.putObject("sentiment_label"), codes(SentimentLabel.values()));
        enumOf(p.putObject("qualification"), codes(Qualification.values()));
        arrayOf(p.putObject("key_topics")).put("type", "string");
        arrayOf(p.putObject("objections")).setAll(objection(json));
        arrayOf(p.putObject("next_steps")).put("type", "string");
        p.putObject("summary").put("type", "string");
        nullable(p.putObject("call_quality_score"), "number");
        p.putObject("follow_up_required").put("type", "boolean");
        p.putObject("do_not_call_requested").put("type", "boolean");
        p.putObject("callback_requested").put("type", "boolean");
        nullable(p.putObject("callback_time"), "string");
        keyed(
                json,
                p.putObject("answers"),
                "answer",
                rules.questions().stream().map(QualificationQuestion::key).toList());
        keyed(
                json,
                p.putObject("extracted_fields"),
                "value",
                rules.fields().stream().map(ExtractionField::key).toList());
        return finish(schema);
    }

    private static ObjectNode objection(JsonMapper json) {
        ObjectNode objection = object(json);
        ObjectNode properties = objection.putObject("properties");
        enumOf(properties.putObject("kind"), codes(ObjectionKind.values()));
        properties.putObject("quote").put("type", "string");
        return finish(objection);
    }

    /** An array of {key, <value>} objects whose keys are the organization's. */
    private static void keyed(JsonMapper json, ObjectNode property, String valueName, List<String> keys) {
        ObjectNode item = object(json);
        ObjectNode key = item.putObject("properties").putObject("key");
        if (keys.isEmpty()) {
            key.put("type", "string");
        } else {
            enumOf(key, keys);
        }
        nullable(((ObjectNode) item.get("properties")).putObject(valueName), "string");
        arrayOf(property).setAll(finish(item));
    }

    private static ObjectNode object(JsonMapper json) {
        ObjectNode node = json.createObjectNode();
        node.put("type", "object");
        return node;
    }

    /** Strict mode: every property required, nothing else allowed. */
    private static ObjectNode finish(ObjectNode object) {
        ArrayNode required = object.putArray("required");
        object.get("properties").propertyNames().forEach(required::add);
        object.put("additionalProperties", false);
        return object;
    }

    private static ObjectNode arrayOf(ObjectNode property) {
        property.put("type", "array");
        return property.putObject("items");
    }

    private static void enumOf(ObjectNode property, List<String> values) {
        property.put("type", "string");
        ArrayNode allowed = property.putArray("enum");
        values.forEach(allowed::add);
    }

    private static void nullable(ObjectNode property, String type) {
        property.putArray("type").add(type).add("null");
    }

    private static List<String> codes(Enum<?>[] values) {
        return Stream.of(values).map(Object::toString).toList();
    }
}
