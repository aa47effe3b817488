package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.Analysis;
import io.switchboard.conversations.AnalysisRules;
import io.switchboard.conversations.Analyzer;
import io.switchboard.conversations.AnalyzerKind;
import io.switchboard.conversations.AnalyzerRun;
import io.switchboard.conversations.LeadScore;
import io.switchboard.conversations.Qualification;
import io.switchboard.conversations.QuestionAnswer;
import io.switchboard.conversations.SentimentLabel;
import io.switchboard.conversations.Transcript;
import io.switchboard.conversations.internal.local.CallClassifier.Reading;
import io.switchboard.conversations.internal.local.CallbackDetector.Callback;
import io.switchboard.conversations.internal.local.LanguageDetector.DetectedLanguage;
import io.switchboard.conversations.internal.local.QualificationPolicy.Facts;
import io.switchboard.conversations.internal.local.QualificationPolicy.NotQualified;
import io.switchboard.conversations.internal.local.QualificationPolicy.Reason;
import io.switchboard.conversations.internal.local.QualificationPolicy.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The offline analyzer: a sentence-embedding model run in process (ONNX, CPU) with small trained
 * heads for qualification, sentiment, complaints and escalations, and deterministic lexicon rules on
 * top for what must never be missed (do-not-call requests, voicemail, wrong numbers, requests for a
 * supervisor). Reads English, Spanish, French, German, Portuguese and Hinglish; a conversation in
 * another language is recognised and answered neutrally with low confidence.
 */
public final class LocalAnalyzer implements Analyzer {

    /** Bumped whenever the model, a head, a rule or a lexicon changes what is said about the same call. */
    public static final String VERSION = "local-2";

    private final Featurizer featurizer;
    private final SentenceEmbeddings embeddings;
    private final ClassifierHeads heads;

    public LocalAnalyzer() {
        this(Featurizer.shared(), ClassifierHeads.shipped());
    }

    public LocalAnalyzer(Featurizer featurizer, ClassifierHeads heads) {
        this.featurizer = featurizer;
        this.embeddings = featurizer.embeddings();
        this.heads = heads;
    }

    @Override
    public AnalyzerKind kind() {
        return AnalyzerKind.LOCAL;
    }

    @Override
    public Analysis analyze(Transcript transcript, AnalysisRules rules) {
        Featurizer.Prepared call = featurizer.prepare(transcript);
        List<QuestionAnswer> answers = CustomRules.answers(call.conversation(), rules.questions());
        Map<String, @Nullable String> fields = CustomRules.fields(call.conversation(), rules.fields(), call.lexicon());
        return call.lexicon() == null
                ? Unreadable.analysis(call.language(), answers, fields)
                : read(call, call.lexicon(), answers, fields);
    }

    private Analysis read(
            Featurizer.Prepared call,
            Lexicon lexicon,
            List<QuestionAnswer> answers,
            Map<String, @Nullable String> fields) {
        Conversation conversation = call.conversation();
        Signals signals = CueDetector.detect(conversation, lexicon);
        Reading reading = CallClassifier.read(CallFeatures.of(conversation, embeddings), heads);
        Verdict verdict = QualificationPolicy.decide(new Facts(
                signals,
                Qualification.fromCode(reading.qualification().value()),
                conversation.customerWords(),
                conversation.customerTurns()));
        Issues issues = Issues.of(reading, signals, verdict);
        boolean spokenWith = !(verdict instanceof NotQualified n && n.reason().byRule());
        boolean voicemail = verdict.is(Reason.VOICEMAIL);
        double intent = spokenWith ? intent(reading) : 0;
        double sentiment = voicemail ? 0 : sentiment(reading);
        SentimentLabel mood = voicemail
                ? SentimentLabel.NEUTRAL
                : SentimentLabel.fromCode(reading.sentiment().value());
        Callback callback = CallbackDetector.find(signals, conversation, lexicon);
        Double quality = voicemail ? null : CallQuality.score(conversation, signals, lexicon);
        Qualification qualification = verdict.qualification();
        return new Analysis(
                call.language().code(),
                confidence(call.language(), conversation, spokenWith),
                intent,
                sentiment,
                mood,
                qualification,
                TopicExtractor.topics(conversation, lexicon),
                signals.objections(),
                issues.nextSteps(NextSteps.of(verdict, signals, callback)),
                issues.headline() + Summarizer.summarize(conversation, signals, verdict),
                quality,
                issues.followUpRequired(NextSteps.followUpRequired(verdict, signals, callback)),
                LeadScore.total(intent, qualification, sentiment, quality),
                signals.has(Cue.DO_NOT_CALL),
                callback.requested(),
                callback.time(),
                answers,
                fields,
                AnalyzerRun.local(VERSION),
                issues.complaint(),
                issues.escalation(),
                EvidenceList.of(reading, signals, verdict, voicemail));
    }

    /** The head's expected intent: a hot lead wants to buy now, a declined one not at all. */
    private static double intent(Reading reading) {
        CallClassifier.Label q = reading.qualification();
        double intent = 0.9 * q.probability("hot")
                + 0.65 * q.probability("warm")
                + 0.3 * q.probability("cold")
                + 0.05 * q.probability("not_qualified");
        return SentimentScorer.round(intent);
    }

    private static double sentiment(Reading reading) {
        CallClassifier.Label s = reading.sentiment();
        return SentimentScorer.round(s.probability("positive") - s.probability("negative"));
    }

    private static double confidence(DetectedLanguage language, Conversation conversation, boolean spokenWith) {
        double coverage = 0.5 + 0.5 * Math.min(1, conversation.customerWords() / 40.0);
        double confidence =
                spokenWith ? language.confidence() * coverage : Math.max(0.8, language.confidence() * coverage);
        return SentimentScorer.round(confidence);
    }

    /** A language without a lexicon: say so, neutrally, rather than guess from words we cannot read. */
    private static final class Unreadable {

        static Analysis analysis(
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
                    "Conversation in " + shown + ": the local analyzer reads English, Spanish, French, German,"
                            + " Portuguese and Hinglish only; the grading is a neutral placeholder.",
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
    }
}
