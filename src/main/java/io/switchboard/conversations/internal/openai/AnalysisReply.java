package io.switchboard.conversations.internal.openai;

import io.switchboard.conversations.Analysis;
import io.switchboard.conversations.AnalysisFailed;
import io.switchboard.conversations.AnalysisRules;
import io.switchboard.conversations.AnalyzerKind;
import io.switchboard.conversations.AnalyzerRun;
import io.switchboard.conversations.ExtractionField;
import io.switchboard.conversations.LeadScore;
import io.switchboard.conversations.Objection;
import io.switchboard.conversations.ObjectionKind;
import io.switchboard.conversations.Qualification;
import io.switchboard.conversations.QualificationQuestion;
import io.switchboard.conversations.QuestionAnswer;
import io.switchboard.conversations.SentimentLabel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the model's JSON into an {@link Analysis}: types and labels are checked (a wrong one fails
 * the analysis as a bad response), scores are clamped into range, lists and texts are capped, the
 * total score is computed as for every analyzer, and the tokens are priced.
 */
final class AnalysisReply {

    private static final int MAX_ITEMS = 10;
    private static final int MAX_TEXT = 2000;
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private AnalysisReply() {}

    static Analysis parse(JsonMapper json, ChatCompletions.Reply reply, AnalysisRules rules, OpenAiEndpoint endpoint) {
        JsonNode root = object(json, reply.content());
        double intent = clamp(number(root, "intent_score"), 0, 1);
        double sentiment = clamp(number(root, "sentiment_score"), -1, 1);
        Qualification qualification = code(root, "qualification", Qualification::fromCode);
        Double quality = root.path("call_quality_score").isNumber()
                ? clamp(root.path("call_quality_score").asDouble(), 0, 1)
                : null;
        return new Analysis(
                text(root, "language"),
                clamp(number(root, "confidence"), 0, 1),
                intent,
                sentiment,
                code(root, "sentiment_label", SentimentLabel::fromCode),
                qualification,
                strings(root, "key_topics"),
                objections(root),
                strings(root, "next_steps"),
                text(root, "summary"),
                quality,
                bool(root, "follow_up_required"),
                LeadScore.total(intent, qualification, sentiment, quality),
                bool(root, "do_not_call_requested"),
                bool(root, "callback_requested"),
                optionalText(root.path("callback_time")),
                answers(root, rules.questions()),
                fields(root, rules.fields()),
                run(reply, endpoint));
    }

    private static JsonNode object(JsonMapper json, String content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            throw bad("the model's answer is not valid JSON");
        }
        if (!root.isObject()) {
            throw bad("the model's answer is not a JSON object");
        }
        return root;
    }

    static AnalyzerRun run(ChatCompletions.Reply reply, OpenAiEndpoint endpoint) {
        BigDecimal cost = endpoint.promptPricePerMillion()
                .multiply(BigDecimal.valueOf(reply.promptTokens()))
                .add(endpoint.completionPricePerMillion().multiply(BigDecimal.valueOf(reply.completionTokens())))
                .divide(MILLION, 8, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        String model = reply.model() == null ? endpoint.model() : reply.model();
        return new AnalyzerRun(
                AnalyzerKind.OPENAI_COMPATIBLE, model, model, reply.promptTokens(), reply.completionTokens(), cost);
    }

    private static List<Objection> objections(JsonNode root) {
        List<Objection> objections = new ArrayList<>();
        for (JsonNode item : array(root, "objections")) {
            objections.add(new Objection(code(item, "kind", ObjectionKind::fromCode), text(item, "quote")));
        }
        return objections.subList(0, Math.min(MAX_ITEMS, objections.size()));
    }

    private static List<QuestionAnswer> answers(JsonNode root, List<QualificationQuestion> questions) {
        Map<String, @Nullable String> given = keyed(root, "answers", "answer");
        return questions.stream()
                .map(q -> new QuestionAnswer(q.key(), q.question(), given.get(q.key())))
                .toList();
    }

    private static Map<String, @Nullable String> fields(JsonNode root, List<ExtractionField> fields) {
        Map<String, @Nullable String> given = keyed(root, "extracted_fields", "value");
        Map<String, @Nullable String> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f.key(), given.get(f.key())));
        return values;
    }

    private static Map<String, @Nullable String> keyed(JsonNode root, String name, String valueName) {
        Map<String, @Nullable String> values = new HashMap<>();
        for (JsonNode item : array(root, name)) {
            values.put(text(item, "key"), optionalText(item.path(valueName)));
        }
        return values;
    }

    private static List<String> strings(JsonNode root, String name) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array(root, name)) {
            if (!item.isString()) {
                throw bad(name + " must hold strings");
            }
            if (!item.asString().isBlank() && values.size() < MAX_ITEMS) {
                values.add(cap(item.asString().strip()));
            }
        }
        return values;
    }

    private static JsonNode array(JsonNode root, String name) {
        JsonNode node = root.path(name);
        if (!node.isArray()) {
            throw bad(name + " is missing or not an array");
        }
        return node;
    }

    private static double number(JsonNode root, String name) {
        if (!root.path(name).isNumber()) {
            throw bad(name + " is missing or not a number");
        }
        return root.path(name).asDouble();
    }

    private static boolean bool(JsonNode root, String name) {
        if (!root.path(name).isBoolean()) {
            throw bad(name + " is missing or not true/false");
        }
        return root.path(name).asBoolean();
    }

    private static String text(JsonNode root, String name) {
        if (!root.path(name).isString()) {
            throw bad(name + " is missing or not a string");
        }
        return cap(root.path(name).asString().strip());
    }

    private static @Nullable String optionalText(JsonNode node) {
        return node.isString() && !node.asString().isBlank()
                ? cap(node.asString().strip())
                : null;
    }

    private static <E> E code(JsonNode root, String name, java.util.function.Function<String, E> parse) {
        try {
            return parse.apply(text(root, name));
        } catch (IllegalArgumentException e) {
            throw bad(name + ": " + e.getMessage());
        }
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static String cap(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }

    private static AnalysisFailed bad(String detail) {
        return new AnalysisFailed(AnalysisFailed.Reason.BAD_RESPONSE, detail);
    }
}
