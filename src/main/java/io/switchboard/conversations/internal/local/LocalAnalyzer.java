package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.Analysis;
import io.switchboard.conversations.AnalysisRules;
import io.switchboard.conversations.Analyzer;
import io.switchboard.conversations.AnalyzerKind;
import io.switchboard.conversations.AnalyzerRun;
import io.switchboard.conversations.LeadScore;
import io.switchboard.conversations.Qualification;
import io.switchboard.conversations.QuestionAnswer;
import io.switchboard.conversations.Segment;
import io.switchboard.conversations.SentimentLabel;
import io.switchboard.conversations.Transcript;
import io.switchboard.conversations.internal.local.CallbackDetector.Callback;
import io.switchboard.conversations.internal.local.LanguageDetector.DetectedLanguage;
import io.switchboard.conversations.internal.local.QualificationPolicy.Facts;
import io.switchboard.conversations.internal.local.QualificationPolicy.Reason;
import io.switchboard.conversations.internal.local.QualificationPolicy.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The offline analyzer: deterministic, no network, lexicons for English, Spanish and Hinglish. A
 * conversation in another language is recognised and answered neutrally with low confidence.
 */
public final class LocalAnalyzer implements Analyzer {

    /** Bumped whenever a rule or lexicon changes what the analyzer says about the same call. */
    public static final String VERSION = "local-1";

    private static final Set<Reason> NO_INTENT =
            Set.of(Reason.NO_CONVERSATION, Reason.VOICEMAIL, Reason.WRONG_NUMBER, Reason.DO_NOT_CALL);

    private final LanguageDetector languages = new LanguageDetector();
    private final Map<String, Lexicon> lexicons = Map.of(
            "en", LexiconLoader.load("en"),
            "es", LexiconLoader.load("es"),
            "hi-Latn", LexiconLoader.load("hi-Latn"));

    @Override
    public AnalyzerKind kind() {
        return AnalyzerKind.LOCAL;
    }

    @Override
    public Analysis analyze(Transcript transcript, AnalysisRules rules) {
        List<Segment> segments = transcript.segments();
        DetectedLanguage language = languages.detect(
                transcript.language(), segments.stream().map(Segment::text).toList());
        Lexicon lexicon = lexicons.get(language.code());
        Lexicon forRoles = lexicon == null ? lexicons.get("en") : lexicon;
        Conversation conversation =
                Conversation.of(segments, SpeakerRoles.assign(segments, forRoles.cue(Cue.INTRODUCTION)));
        List<QuestionAnswer> answers = CustomRules.answers(conversation, rules.questions());
        Map<String, @Nullable String> fields = CustomRules.fields(conversation, rules.fields(), lexicon);
        return lexicon == null
                ? unreadable(language, answers, fields)
                : read(conversation, lexicon, language, answers, fields);
    }

    private Analysis read(
            Conversation conversation,
            Lexicon lexicon,
            DetectedLanguage language,
            List<QuestionAnswer> answers,
            Map<String, @Nullable String> fields) {
        Signals signals = CueDetector.detect(conversation, lexicon);
        Reading reading = Reading.of(conversation, lexicon, signals);
        double intent = reading.intent();
        double sentiment = reading.sentiment();
        Verdict verdict = reading.verdict();
        boolean voicemail = verdict.is(Reason.VOICEMAIL);
        Callback callback = CallbackDetector.find(signals, conversation, lexicon);
        Double quality = voicemail ? null : CallQuality.score(conversation, signals, lexicon);
        Qualification qualification = verdict.qualification();
        return new Analysis(
                language.code(),
                confidence(language, conversation, reading.spokenWith()),
                intent,
                sentiment,
                SentimentScorer.label(sentiment),
                qualification,
                TopicExtractor.topics(conversation, lexicon),
                signals.objections(),
                NextSteps.of(verdict, signals, callback),
                Summarizer.summarize(conversation, signals, verdict),
                quality,
                NextSteps.followUpRequired(verdict, signals, callback),
                LeadScore.total(intent, qualification, sentiment, quality),
                signals.has(Cue.DO_NOT_CALL),
                callback.requested(),
                callback.time(),
                answers,
                fields,
                AnalyzerRun.local(VERSION));
    }

    /**
     * Intent, sentiment and verdict of a call. Without anyone to speak with (voicemail, wrong
     * number, do-not-call, silence) there is no intent, and a machine's greeting has no mood.
     */
    private record Reading(double intent, double sentiment, Verdict verdict, boolean spokenWith) {

        static Reading of(Conversation conversation, Lexicon lexicon, Signals signals) {
            double sentiment = SentimentScorer.score(conversation.customer(), lexicon);
            long questions = conversation.customer().stream()
                    .filter(Utterance::isQuestion)
                    .count();
            double intent = IntentRules.score(signals, sentiment, questions);
            Verdict verdict = QualificationPolicy.decide(
                    new Facts(signals, intent, conversation.customerWords(), conversation.customerTurns()));
            boolean spokenWith = NO_INTENT.stream().noneMatch(verdict::is);
            if (spokenWith) {
                return new Reading(intent, sentiment, verdict, true);
            }
            return new Reading(0, verdict.is(Reason.VOICEMAIL) ? 0 : sentiment, verdict, false);
        }
    }

    /** A language without a lexicon: say so, neutrally, rather than guess from words we cannot read. */
    private static Analysis unreadable(
            DetectedLanguage language, List<QuestionAnswer> answers, Map<String, @Nullable String> fields) {
        String name = Locale.forLanguageTag(language.code()).getDisplayLanguage(Locale.ENGLISH);
        String shown = name.isEmpty() ? language.code() : name;
        double intent = 0.3;
        return new Analysis(
                language.code(),
                0.15,
                intent,
                0,
                SentimentLabel.NEUTRAL,
                Qualification.COLD,
                List.of(),
                List.of(),
                List.of("Have someone who speaks " + shown
                        + " review the call, or analyse it with the OpenAI-compatible analyzer."),
                "Conversation in " + shown + ": the local analyzer reads English, Spanish and Hinglish only;"
                        + " the grading is a neutral placeholder.",
                null,
                true,
                LeadScore.total(intent, Qualification.COLD, 0, null),
                false,
                false,
                null,
                answers,
                fields,
                AnalyzerRun.local(VERSION));
    }

    private static double confidence(DetectedLanguage language, Conversation conversation, boolean spokenWith) {
        double coverage = 0.5 + 0.5 * Math.min(1, conversation.customerWords() / 40.0);
        double confidence =
                spokenWith ? language.confidence() * coverage : Math.max(0.8, language.confidence() * coverage);
        return SentimentScorer.round(confidence);
    }
}
