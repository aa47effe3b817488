package io.switchboard.messaging;

import io.switchboard.shared.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * The values a rendered text gave its template's placeholders, in order of first use; empty when
     * the text was not rendered from this template. Lets a provider that fills templates itself
     * (WhatsApp) get the values without storing them a second time.
     */
    public static Optional<Map<String, String>> values(String template, String rendered) {
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start())));
            int index = names.indexOf(m.group(1));
            if (index < 0) {
                regex.append("(?<v").append(names.size()).append(">.+?)");
                names.add(m.group(1));
            } else {
                regex.append("\\k<v").append(index).append('>');
            }
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        Matcher values = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(rendered);
        if (!values.matches()) {
            return Optional.empty();
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            found.put(names.get(i), values.group("v" + i));
        }
        return Optional.of(found);
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
