package io.switchboard;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Method lengths of a Java source file by counting braces, good enough for a size guide and free of
 * a parser dependency: comments and literals are blanked first, then each {@code {} is classified
 * by the text before it. A method's length runs from the line of its opening brace to the line of
 * its closing one; overloads share the longest. Methods of anonymous classes count in their
 * enclosing method.
 */
final class SourceFile {

    private static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|enum|record)\\s+(\\w+)");
    private static final Pattern THROWS = Pattern.compile("\\)\\s*throws\\s+[\\w.,\\s<>?]+$");
    private static final Pattern LAST_WORD = Pattern.compile("(\\w+)\\s*$");

    private enum Kind {
        TYPE,
        METHOD,
        BLOCK
    }

    private record Frame(Kind kind, String name, int line) {}

    private SourceFile() {}

    /** {@code Type.method} to its length in lines. */
    static Map<String, Integer> methods(String source) {
        String code = blank(source);
        Map<String, Integer> lengths = new LinkedHashMap<>();
        Deque<Frame> open = new ArrayDeque<>();
        StringBuilder header = new StringBuilder();
        int line = 1;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
                header.append(' ');
            } else if (c == '{') {
                open.push(frame(header.toString(), open.peek(), line));
                header.setLength(0);
            } else if (c == '}') {
                Frame closed = open.pop();
                if (closed.kind() == Kind.METHOD) {
                    lengths.merge(closed.name(), line - closed.line() + 1, Math::max);
                }
                header.setLength(0);
            } else if (c == ';') {
                header.setLength(0);
            } else {
                header.append(c);
            }
        }
        return lengths;
    }

    private static Frame frame(String header, Frame enclosing, int line) {
        String outside = outsideParentheses(header);
        Matcher type = TYPE.matcher(outside);
        if (type.find()) {
            return new Frame(Kind.TYPE, type.group(1), line);
        }
        if (enclosing == null || enclosing.kind() != Kind.TYPE || outside.contains("=")) {
            return new Frame(Kind.BLOCK, "", line);
        }
        String signature = THROWS.matcher(header.strip()).replaceFirst(")");
        if (signature.endsWith(")")) {
            String name = wordBefore(signature, openingOfLast(signature));
            return name == null ? new Frame(Kind.BLOCK, "", line) : method(enclosing, name, line);
        }
        // A record's compact constructor: just the type's name.
        String word = wordBefore(signature, signature.length());
        return enclosing.name().equals(word) ? method(enclosing, word, line) : new Frame(Kind.BLOCK, "", line);
    }

    private static Frame method(Frame type, String name, int line) {
        return new Frame(Kind.METHOD, type.name() + "." + name, line);
    }

    private static String wordBefore(String text, int end) {
        Matcher word = LAST_WORD.matcher(text.substring(0, end));
        return word.find() ? word.group(1) : null;
    }

    private static int openingOfLast(String signature) {
        int depth = 0;
        for (int i = signature.length() - 1; i >= 0; i--) {
            char c = signature.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return 0;
    }

    private static String outsideParentheses(String header) {
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        for (char c : header.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                outside.append(c);
            }
        }
        return outside.toString();
    }

    /** The source with comments, strings, text blocks and characters turned to spaces, lines kept. */
    static String blank(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end = literalEnd(source, i);
            if (end == i) {
                out.append(source.charAt(i++));
            } else {
                for (; i < end; i++) {
                    out.append(source.charAt(i) == '\n' ? '\n' : ' ');
                }
            }
        }
        return out.toString();
    }

    /** Where the comment or literal starting at {@code i} ends, or {@code i} when none starts there. */
    private static int literalEnd(String s, int i) {
        if (s.startsWith("//", i)) {
            int eol = s.indexOf('\n', i);
            return eol < 0 ? s.length() : eol;
        }
        if (s.startsWith("/*", i)) {
            return until(s, i + 2, "*/");
        }
        if (s.startsWith("\"\"\"", i)) {
            return until(s, i + 3, "\"\"\"");
        }
        if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
            return until(s, i + 1, String.valueOf(s.charAt(i)));
        }
        return i;
    }

    private static int until(String s, int from, String close) {
        int j = from;
        while (j < s.length() && !s.startsWith(close, j)) {
            j += s.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(s.length(), j + close.length());
    }
}
