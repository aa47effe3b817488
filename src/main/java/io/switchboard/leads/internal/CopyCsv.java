package io.switchboard.leads.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Encodes values for PostgreSQL's {@code COPY … (FORMAT csv)}: every value quoted (so an empty
 * string stays an empty string), an unquoted empty field for NULL.
 */
final class CopyCsv {

    private final StringBuilder line = new StringBuilder(256);

    CopyCsv value(@Nullable Object value) {
        if (!line.isEmpty()) {
            line.append(',');
        }
        if (value != null) {
            quote(value.toString());
        }
        return this;
    }

    /** A {@code text[]} value, as an array literal inside one CSV field. */
    CopyCsv array(List<String> values) {
        StringBuilder literal = new StringBuilder(values.size() * 12).append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            String element = values.get(i) == null ? "" : values.get(i);
            literal.append('"')
                    .append(element.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return value(literal.append('}').toString());
    }

    String end() {
        String result = line.append('\n').toString();
        line.setLength(0);
        return result;
    }

    private void quote(String value) {
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                continue; // PostgreSQL text cannot hold NUL
            }
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }
}
