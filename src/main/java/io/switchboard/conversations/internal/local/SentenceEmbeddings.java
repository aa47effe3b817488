package io.switchboard.conversations.internal.local;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized), run in process by ONNX Runtime on the CPU.
 * The weights and tokenizer ship inside the langchain4j model jar: nothing is downloaded. One
 * session serves every thread (ONNX Runtime sessions are thread-safe); each call runs on its
 * caller's thread and one intra-op thread, so that a transcript costs one core, not all of them.
 */
public final class SentenceEmbeddings {

    public static final int DIMENSION = 384;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static volatile SentenceEmbeddings shared;

    private final Encoder encoder;

    private SentenceEmbeddings(OnnxBertBiEncoder model) {
        this.encoder = new Encoder(model);
    }

    /** The model is large (23 MB) and slow to load: one instance per JVM, loaded on first use. */
    public static SentenceEmbeddings shared() {
        SentenceEmbeddings local = shared;
        if (local == null) {
            synchronized (SentenceEmbeddings.class) {
                local = shared;
                if (local == null) {
                    local = load();
                    shared = local;
                }
            }
        }
        return local;
    }

    /** One L2-normalised vector per text, in order. */
    public float[][] embed(List<String> texts) {
        if (texts.isEmpty()) {
            return new float[0][];
        }
        List<Embedding> embeddings =
                encoder.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        float[][] vectors = new float[embeddings.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = Vectors.normalized(embeddings.get(i).vector());
        }
        return vectors;
    }

    public float[] embed(String text) {
        return embed(List.of(text))[0];
    }

    private static SentenceEmbeddings load() {
        ClassLoader loader = SentenceEmbeddings.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(MODEL);
                InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("the sentence-embedding model is missing from the class path");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                OrtSession session = environment.createSession(model.readAllBytes(), options);
                return new SentenceEmbeddings(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence-embedding model could not be loaded", e);
        }
    }

    /** langchain4j's in-process model with our session, embedding on the caller's thread. */
    private static final class Encoder extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder model;

        Encoder(OnnxBertBiEncoder model) {
            super(Runnable::run);
            this.model = model;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return model;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}
