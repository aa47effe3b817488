package io.switchboard.conversations.internal.local;

import java.util.ArrayList;
import java.util.List;

/**
 * What the classifier heads read of a call: the customer's sentences embedded (mean and maximum),
 * hashed n-grams of what the customer said and, weaker, of what the agent said (a "yes" means
 * something else after "shall I book Thursday?"), and a few shape figures. Each customer sentence
 * is also featurised alone, in the same layout, so that the sentences that drove a label can be
 * named as its evidence.
 *
 * @param call the whole call
 * @param sentences the customer's sentences, each alone
 * @param customer the customer's sentences, in order (indices match {@code sentences})
 */
record CallFeatures(float[] call, List<float[]> sentences, List<Utterance> customer) {

    /** Bumped whenever the layout changes: heads trained on another layout are refused. */
    static final String LAYOUT = "minilm-mean-max+grams4096+agent1024+shape4/v1";

    static final int GRAMS = 4096;
    static final int AGENT_GRAMS = 1024;
    private static final int SHAPE = 4;
    static final int EMBEDDING_AT = 0;
    static final int GRAMS_AT = 2 * SentenceEmbeddings.DIMENSION;
    static final int AGENT_AT = GRAMS_AT + GRAMS;
    static final int SHAPE_AT = AGENT_AT + AGENT_GRAMS;
    static final int SIZE = SHAPE_AT + SHAPE;
    private static final float AGENT_WEIGHT = 0.5f;

    static CallFeatures of(Conversation conversation, SentenceEmbeddings embeddings) {
        List<Utterance> customer = conversation.customer();
        float[][] vectors =
                embeddings.embed(customer.stream().map(Utterance::raw).toList());
        float[] call = new float[SIZE];
        pool(vectors, call);
        CharGrams.add(tokens(customer), call, GRAMS_AT, GRAMS, 1f);
        CharGrams.add(tokens(conversation.agent()), call, AGENT_AT, AGENT_GRAMS, AGENT_WEIGHT);
        shape(conversation, call);
        List<float[]> sentences = new ArrayList<>();
        for (int i = 0; i < customer.size(); i++) {
            float[] alone = new float[SIZE];
            pool(new float[][] {vectors[i]}, alone);
            CharGrams.add(customer.get(i).tokens(), alone, GRAMS_AT, GRAMS, 1f);
            System.arraycopy(call, SHAPE_AT, alone, SHAPE_AT, SHAPE);
            sentences.add(alone);
        }
        return new CallFeatures(call, List.copyOf(sentences), customer);
    }

    private static void pool(float[][] vectors, float[] out) {
        int d = SentenceEmbeddings.DIMENSION;
        if (vectors.length == 0) {
            return;
        }
        for (int j = 0; j < d; j++) {
            float sum = 0;
            float max = Float.NEGATIVE_INFINITY;
            for (float[] v : vectors) {
                sum += v[j];
                max = Math.max(max, v[j]);
            }
            out[EMBEDDING_AT + j] = sum / vectors.length;
            out[EMBEDDING_AT + d + j] = max;
        }
    }

    private static List<String> tokens(List<Utterance> utterances) {
        List<String> tokens = new ArrayList<>();
        for (Utterance u : utterances) {
            tokens.addAll(u.tokens());
            tokens.add(Utterance.CLAUSE_BREAK);
        }
        return tokens;
    }

    /** How much the customer said, in how many turns, how much of it was questions. */
    private static void shape(Conversation conversation, float[] out) {
        List<Utterance> customer = conversation.customer();
        long questions = customer.stream().filter(Utterance::isQuestion).count();
        out[SHAPE_AT] = (float) (Math.log1p(conversation.customerWords()) / 5);
        out[SHAPE_AT + 1] = Math.min(1f, conversation.customerTurns() / 8f);
        out[SHAPE_AT + 2] = customer.isEmpty() ? 0 : questions / (float) customer.size();
        out[SHAPE_AT + 3] = customer.isEmpty() ? 1 : 0;
    }
}
