package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * The vectors semantic search compares: a transcript's (the mean of its embedded passages, both
 * speakers, in order) and a query's, from the same in-process model the analyzer reads calls with.
 */
public final class TranscriptVectors {

    public static final String MODEL = "all-minilm-l6-v2-q";
    /** About 250 word pieces: what the model reads well in one pass. */
    private static final int PASSAGE_CHARS = 1_000;

    private static final int MAX_PASSAGES = 8;

    private final SentenceEmbeddings embeddings;

    public TranscriptVectors(SentenceEmbeddings embeddings) {
        this.embeddings = embeddings;
    }

    public static TranscriptVectors shared() {
        return new TranscriptVectors(SentenceEmbeddings.shared());
    }

    public float[] transcript(List<Segment> segments) {
        List<String> passages = passages(segments);
        if (passages.isEmpty()) {
            return new float[SentenceEmbeddings.DIMENSION];
        }
        float[] mean = new float[SentenceEmbeddings.DIMENSION];
        for (float[] v : embeddings.embed(passages)) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += v[i];
            }
        }
        return Vectors.normalized(mean);
    }

    public float[] query(String text) {
        return embeddings.embed(text);
    }

    /** The sign bits of a vector, as PostgreSQL reads a bit string literal. */
    public static String signature(float[] vector) {
        StringBuilder bits = new StringBuilder(vector.length);
        for (float v : vector) {
            bits.append(v > 0 ? '1' : '0');
        }
        return bits.toString();
    }

    /** Consecutive turns joined into passages; a long call contributes its first passages. */
    static List<String> passages(List<Segment> segments) {
        List<String> passages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Segment segment : segments) {
            String text = segment.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!current.isEmpty() && current.length() + text.length() > PASSAGE_CHARS) {
                passages.add(current.toString());
                current.setLength(0);
                if (passages.size() == MAX_PASSAGES) {
                    return passages;
                }
            }
            current.append(current.isEmpty() ? "" : " ").append(text);
        }
        if (!current.isEmpty()) {
            passages.add(current.toString());
        }
        return passages;
    }
}
