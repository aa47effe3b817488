package io.switchboard.conversations;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an analyzer made of one conversation. Scores: intent 0..1, sentiment -1..1, call quality
 * 0..1 ({@code null} when there was no conversation, e.g. a voicemail greeting), total 0..100
 * ({@link LeadScore}); confidence 0..1 says how far the analyzer could read the call (low for a
 * language it has no lexicon for).
 *
 * @param language the detected (or given) language, a BCP 47 tag such as {@code en} or {@code hi-Latn}
 * @param callbackTime the time the customer asked to be called back at, as they said it
 * @param extractedFields the organization's extraction fields by key; {@code null} when not found
 * @param complaint the customer complained (about the calls, the service, the product)
 * @param escalationRequested the customer asked for a supervisor, a manager or someone senior
 * @param evidence the customer sentences behind the labels, for a person to check them
 */
public record Analysis(
        String language,
        double confidence,
        double intentScore,
        double sentimentScore,
        SentimentLabel sentimentLabel,
        Qualification qualification,
        List<String> keyTopics,
        List<Objection> objections,
        List<String> nextSteps,
        String summary,
        @Nullable Double callQualityScore,
        boolean followUpRequired,
        double totalScore,
        boolean doNotCallRequested,
        boolean callbackRequested,
        @Nullable String callbackTime,
        List<QuestionAnswer> answers,
        Map<String, @Nullable String> extractedFields,
        AnalyzerRun analyzer,
        boolean complaint,
        boolean escalationRequested,
        List<Evidence> evidence) {

    public Analysis {
        evidence = List.copyOf(evidence);
        keyTopics = List.copyOf(keyTopics);
        objections = List.copyOf(objections);
        nextSteps = List.copyOf(nextSteps);
        answers = List.copyOf(answers);
        extractedFields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extractedFields));
    }

    /** An analysis without complaint, escalation or evidence (what analyzers that do not look for them say). */
    public Analysis(
            String language,
            double confidence,
            double intentScore,
            double sentimentScore,
            SentimentLabel sentimentLabel,
            Qualification qualification,
            List<String> keyTopics,
            List<Objection> objections,
            List<String> nextSteps,
            String summary,
            @Nullable Double callQualityScore,
            boolean followUpRequired,
            double totalScore,
            boolean doNotCallRequested,
            boolean callbackRequested,
            @Nullable String callbackTime,
            List<QuestionAnswer> answers,
            Map<String, @Nullable String> extractedFields,
            AnalyzerRun analyzer) {
        this(
                language,
                confidence,
                intentScore,
                sentimentScore,
                sentimentLabel,
                qualification,
                keyTopics,
                objections,
                nextSteps,
                summary,
                callQualityScore,
                followUpRequired,
                totalScore,
                doNotCallRequested,
                callbackRequested,
                callbackTime,
                answers,
                extractedFields,
                analyzer,
                false,
                false,
                List.of());
    }
}
