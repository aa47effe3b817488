package io.switchboard.conversations.internal.local;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized), run in process by ONNX Runtime on the CPU.
 * The weights and tokenizer ship inside the langchain4j model jar: nothing is downloaded. One
 * session serves every thread (ONNX Runtime sessions are thread-safe); each call runs on its
 * caller's thread and one intra-op thread, so that a transcript costs one core, not all of them.
 *
 * <p>A model run has a fixed cost of about 1.5 ms besides its tokens: {@link #embed(List)} reads the
 * texts of equal length in word pieces in one run, without padding. Padded batches were tried and
 * are slower here (the quantized model pays for the padding), and reading a call's sentences in one
 * context, though three times cheaper, read qualification worse on dev (0.83 against 0.89).
 */
public final class SentenceEmbeddings {

    public static final int DIMENSION = 384;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    /**
     * Word pieces of one run, [CLS] and [SEP] included: the length the model was trained on. A
     * transcript passage (about 1,000 characters) fits; a longer text is read by its start.
     */
    static final int MAX_TOKENS = 256;
    /** Rows of one run: bounds its memory. */
    private static final int MAX_ROWS = 32;

    private static volatile SentenceEmbeddings shared;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean tokenTypes;
    private final long sep;
    private final LongAdder runs = new LongAdder();

    private SentenceEmbeddings(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer)
            throws OrtException {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.tokenTypes = session.getInputNames().contains("token_type_ids");
        long[] empty = tokenizer.encode("", true, false).getIds();
        this.sep = empty[empty.length - 1];
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

    /**
     * One L2-normalised vector per text, each read as if alone, in order. Texts of the same length
     * in word pieces share a model run (rows of one batch, no padding), since each run has a fixed
     * cost of its own.
     */
    public float[][] embed(List<String> texts) {
        Map<Integer, List<Integer>> byLength = new TreeMap<>();
        long[][] ids = new long[texts.size()][];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = truncated(tokenizer.encode(texts.get(i), true, false).getIds());
            byLength.computeIfAbsent(ids[i].length, l -> new ArrayList<>()).add(i);
        }
        float[][] vectors = new float[ids.length][];
        for (var group : byLength.entrySet()) {
            List<Integer> rows = group.getValue();
            for (int from = 0; from < rows.size(); from += MAX_ROWS) {
                List<Integer> batch = rows.subList(from, Math.min(rows.size(), from + MAX_ROWS));
                float[] hidden = run(batch.stream().map(i -> ids[i]).toList(), group.getKey());
                for (int b = 0; b < batch.size(); b++) {
                    vectors[batch.get(b)] = pooled(hidden, b * group.getKey(), group.getKey());
                }
            }
        }
        return vectors;
    }

    public float[] embed(String text) {
        return embed(List.of(text))[0];
    }

    /** The word pieces the model reads of {@code text}, [CLS] and [SEP] included. */
    int tokens(String text) {
        return truncated(tokenizer.encode(text, true, false).getIds()).length;
    }

    /** How many times the model ran in this JVM. */
    long runs() {
        return runs.sum();
    }

    private long[] truncated(long[] ids) {
        if (ids.length <= MAX_TOKENS) {
            return ids;
        }
        long[] cut = Arrays.copyOf(ids, MAX_TOKENS);
        cut[MAX_TOKENS - 1] = sep;
        return cut;
    }

    /** The model's last hidden state for rows of {@code length} word pieces each, row after row. */
    private float[] run(List<long[]> rows, int length) {
        long[] shape = {rows.size(), length};
        long[] ids = new long[rows.size() * length];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, ids, r * length, length);
        }
        long[] mask = new long[ids.length];
        Arrays.fill(mask, 1L);
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
                OnnxTensor typeTensor =
                        OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idTensor);
            inputs.put("attention_mask", maskTensor);
            if (tokenTypes) {
                inputs.put("token_type_ids", typeTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                runs.increment();
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] copy = new float[hidden.remaining()];
                hidden.get(copy);
                return copy;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence-embedding model failed", e);
        }
    }

    private static float[] pooled(float[] hidden, int firstToken, int tokens) {
        float[] sum = new float[DIMENSION];
        for (int t = firstToken; t < firstToken + tokens; t++) {
            int at = t * DIMENSION;
            for (int j = 0; j < DIMENSION; j++) {
                sum[j] += hidden[at + j];
            }
        }
        return Vectors.normalized(sum);
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
                return new SentenceEmbeddings(
                        environment, session, HuggingFaceTokenizer.newInstance(tokenizer, Map.of("padding", "false")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence-embedding model could not be loaded", e);
        }
    }
}
