package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.Segment;
import io.switchboard.conversations.Transcript;
import io.switchboard.conversations.internal.local.LanguageDetector.DetectedLanguage;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a transcript into what the analyzer reads: its language, that language's lexicon, the
 * conversation (sentences with speaker sides) and the heads' features. The trainer featurises
 * through this class too, so training and analysis read calls exactly alike.
 */
public final class Featurizer {

    private static volatile Featurizer shared;

    private final LanguageDetector languages = new LanguageDetector();
    private final Map<String, Lexicon> lexicons = Map.of(
            "en", LexiconLoader.load("en"),
            "es", LexiconLoader.load("es"),
            "hi-Latn", LexiconLoader.load("hi-Latn"),
            "fr", LexiconLoader.load("fr"),
            "de", LexiconLoader.load("de"),
            "pt", LexiconLoader.load("pt"));
    private final SentenceEmbeddings embeddings;

    public Featurizer(SentenceEmbeddings embeddings) {
        this.embeddings = embeddings;
    }

    public static Featurizer shared() {
        Featurizer local = shared;
        if (local == null) {
            synchronized (Featurizer.class) {
                local = shared;
                if (local == null) {
                    local = new Featurizer(SentenceEmbeddings.shared());
                    shared = local;
                }
            }
        }
        return local;
    }

    SentenceEmbeddings embeddings() {
        return embeddings;
    }

    record Prepared(DetectedLanguage language, @Nullable Lexicon lexicon, Conversation conversation) {}

    Prepared prepare(Transcript transcript) {
        List<Segment> segments = transcript.segments();
        DetectedLanguage language = languages.detect(
                transcript.language(), segments.stream().map(Segment::text).toList());
        Lexicon lexicon = lexicons.get(language.code());
        Lexicon forRoles = lexicon == null ? lexicons.get("en") : lexicon;
        Conversation conversation =
                Conversation.of(segments, SpeakerRoles.assign(segments, forRoles.cue(Cue.INTRODUCTION)));
        return new Prepared(language, lexicon, conversation);
    }

    /** The features of the whole call, as the heads read them. */
    public float[] features(Transcript transcript) {
        return CallFeatures.of(prepare(transcript).conversation(), embeddings).call();
    }

    /**
     * Zeroes what the agent said in a copy of {@code features}: heads that judge the customer alone
     * (tone, complaints) are trained without it, so their weights for it stay zero.
     */
    public static float[] customerOnly(float[] features) {
        float[] copy = features.clone();
        java.util.Arrays.fill(copy, CallFeatures.AGENT_AT, CallFeatures.AGENT_AT + CallFeatures.AGENT_GRAMS, 0f);
        return copy;
    }

    /** The length of {@link #features}. */
    public static int size() {
        return CallFeatures.SIZE;
    }
}
