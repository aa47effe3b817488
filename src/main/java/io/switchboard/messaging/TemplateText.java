package io.switchboard.messaging;

import io.switchboard.shared.InvalidInput;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template text with {@code {{variable}}} placeholders. Rendering with a variable missing is
 * refused (400 {@code missing_variables}, naming them all) rather than sending a message with a
 * hole in it.
 */
public final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z][a-z0-9_]{0,59})\\s*}}");

    private TemplateText() {}

    /** The variables a text uses, in order of first use. */
    public static List<String> variables(String... texts) {
        Set<String> names = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                Matcher m = PLACEHOLDER.matcher(text);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return List.copyOf(names);
    }

    public static String render(String text, Map<String, String> values) {
        Set<String> missing = new TreeSet<>();
        String rendered = PLACEHOLDER.matcher(text).replaceAll(m -> {
            String value = values.get(m.group(1));
            if (value == null || value.isBlank()) {
                missing.add(m.group(1));
                return "";
            }
            return Matcher.quoteReplacement(value);
        });
        if (!missing.isEmpty()) {
            throw new InvalidInput(
                    "variables",
                    "missing_variables",
                    "no value for " + String.join(", ", missing) + " (give them in variables or on the lead)");
        }
        return rendered;
    }
}
