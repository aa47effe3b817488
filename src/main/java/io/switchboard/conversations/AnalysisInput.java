package io.switchboard.conversations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an analyzer reads of a stored call transcript: the turns with text, trimmed to the
 * {@link Transcript} limits (a long call keeps its beginning, where intent is stated), telephony's
 * speaker labels made plain ("human", a person the call was transferred to, speaks for the business),
 * and the language only when it is a well-formed tag.
 */
public final class AnalysisInput {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");

    private AnalysisInput() {}

    public static Transcript of(List<Segment> stored, @Nullable String language) {
        List<Segment> segments = new ArrayList<>();
        int total = 0;
        for (Segment segment : stored) {
            String text = segment.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (segments.size() == Transcript.MAX_SEGMENTS || total >= Transcript.MAX_TOTAL_CHARS) {
                break;
            }
            text = cut(cut(text, Transcript.MAX_SEGMENT_CHARS), Transcript.MAX_TOTAL_CHARS - total);
            total += text.length();
            segments.add(new Segment(speaker(segment.speaker()), segment.start(), segment.end(), text));
        }
        return new Transcript(segments, language(language));
    }

    /** The tag when it is one ({@code en}, {@code es-MX}); anything else lets the analyzer detect the language. */
    public static @Nullable String language(@Nullable String language) {
        return language != null && LANGUAGE.matcher(language.strip()).matches() ? language.strip() : null;
    }

    static String speaker(String speaker) {
        String label = speaker.strip();
        if (label.isEmpty()) {
            return "unknown";
        }
        if (label.toLowerCase(Locale.ROOT).equals("human")) {
            return "representative";
        }
        return cut(label, Transcript.MAX_SPEAKER_CHARS);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
