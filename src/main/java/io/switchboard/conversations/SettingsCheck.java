package io.switchboard.conversations;

import io.switchboard.conversations.internal.local.SafeRegex;
import io.switchboard.shared.InvalidInput;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The rules analysis settings must follow, whoever changes them (API or console): sane sizes, keys
 * that can name JSON fields, regular expressions that compile, an http(s) endpoint. Each breach is
 * an {@link InvalidInput} naming the field.
 */
final class SettingsCheck {

    static final int MAX_RULES = 20;
    static final int MAX_KEYWORDS = 20;
    private static final String KEY = "[a-z][a-z0-9_]{0,39}";
    private static final BigDecimal MAX_PRICE = BigDecimal.valueOf(10_000);

    private SettingsCheck() {}

    static void questions(List<QualificationQuestion> questions) {
        limit("qualification_questions", questions.size());
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            QualificationQuestion q = questions.get(i);
            String at = "qualification_questions[" + i + "]";
            key(at, q.key(), keys);
            text(at + ".question", q.question(), 300);
            matching(at, q.keywords(), q.pattern());
        }
    }

    static void fields(List<ExtractionField> fields) {
        limit("extraction_fields", fields.size());
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            ExtractionField f = fields.get(i);
            String at = "extraction_fields[" + i + "]";
            key(at, f.key(), keys);
            text(at + ".label", f.label(), 100);
            matching(at, f.keywords(), f.pattern());
        }
    }

    static void endpoint(String baseUrl, String model) {
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            throw invalid("openai_compatible.base_url", "is not a URL");
        }
        boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        if (!web || uri.getHost() == null || baseUrl.length() > 500 || uri.getRawQuery() != null) {
            throw invalid("openai_compatible.base_url", "must be an http(s) URL such as https://api.openai.com/v1");
        }
        text("openai_compatible.model", model, 200);
    }

    static void apiKey(String apiKey) {
        text("openai_compatible.api_key", apiKey, 500);
    }

    static void price(String field, @Nullable BigDecimal price) {
        if (price != null && (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0 || price.scale() > 6)) {
            throw invalid("openai_compatible." + field, "must be between 0 and 10000 with at most 6 decimals");
        }
    }

    private static void limit(String field, int size) {
        if (size > MAX_RULES) {
            throw invalid(field, "at most " + MAX_RULES + " are allowed");
        }
    }

    private static void key(String at, @Nullable String key, Set<String> seen) {
        if (key == null || !key.matches(KEY)) {
            throw invalid(at + ".key", "must be lower-case letters, digits and _ (starting with a letter), at most 40");
        }
        if (!seen.add(key)) {
            throw invalid(at + ".key", "'" + key + "' is used twice");
        }
    }

    private static void matching(String at, @Nullable List<String> keywords, @Nullable String pattern) {
        List<String> words = keywords == null ? List.of() : keywords;
        if (words.isEmpty() && (pattern == null || pattern.isBlank())) {
            throw invalid(at + ".keywords", "give at least one keyword or a pattern");
        }
        if (words.size() > MAX_KEYWORDS) {
            throw invalid(at + ".keywords", "at most " + MAX_KEYWORDS + " are allowed");
        }
        for (int k = 0; k < words.size(); k++) {
            text(at + ".keywords[" + k + "]", words.get(k), 100);
        }
        if (pattern != null) {
            if (pattern.length() > SafeRegex.MAX_LENGTH) {
                throw invalid(at + ".pattern", "must be at most " + SafeRegex.MAX_LENGTH + " characters");
            }
            try {
                SafeRegex.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw invalid(at + ".pattern", "is not a valid regular expression: " + e.getDescription());
            }
        }
    }

    private static void text(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw invalid(field, "must be 1 to " + max + " characters");
        }
    }

    private static InvalidInput invalid(String field, String message) {
        return new InvalidInput(field, "invalid_settings", message);
    }
}
