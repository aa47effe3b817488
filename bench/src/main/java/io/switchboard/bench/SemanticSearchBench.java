package io.switchboard.bench;

import io.switchboard.bench.LabelledCalls.Labelled;
import io.switchboard.conversations.Segment;
import io.switchboard.conversations.internal.TranscriptEmbeddingStore;
import io.switchboard.conversations.internal.TranscriptEmbeddingStore.Near;
import io.switchboard.conversations.internal.local.TranscriptVectors;
import io.switchboard.conversations.internal.local.Vectors;
import io.switchboard.shared.OrganizationId;
import io.switchboard.tenancy.TenantTransactions;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Semantic search latency at 100,000 transcripts of one organization (bench/semantic-search.sh):
 * stores that many transcript vectors (the real model's vectors of the labelled calls' passages,
 * each stored many times with a little noise, so that the distribution is the model's), then times
 * the search the API runs (signature scan in memory, exact cosine of the candidates read from the
 * table) for queries the model embeds, measures its recall of the exact top 10 (brute force here),
 * and shows what the database does: table and buffer sizes, autovacuum, the plan of the vectors'
 * read under the application role (EXPLAIN ANALYZE with buffers, with and without the vectors), and
 * the signature scan in SQL for comparison. Also says whether the server offers pgvector. Last line:
 * the median and 95th percentile latency and the recall. Arguments: transcripts (default 100,000),
 * queries (default 40).
 */
public final class SemanticSearchBench {

    private static final int TOP = 10;

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        TranscriptVectors vectors = TranscriptVectors.shared();
        List<Labelled> calls = new ArrayList<>();
        for (String split : List.of("train", "dev", "holdout")) {
            calls.addAll(LabelledCalls.load(Path.of("bench/conversations", split), split));
        }
        List<float[]> base = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        for (Labelled call : calls) {
            List<Segment> segments = call.transcript().segments();
            base.add(vectors.transcript(segments));
            texts.add(String.join("\n", segments.stream().map(Segment::text).toList()));
            languages.add(call.language());
            for (Segment s : segments) {
                if (s.speaker().equals("customer")
                        && questions.size() < queries
                        && s.text().length() > 40) {
                    questions.add(s.text());
                }
            }
        }
        float[][] stored = generate(base, rows);
        Path work = Files.createTempDirectory("switchboard-bench-");
        ConfigurableApplicationContext app = BenchApp.start(work);
        try {
            BenchApp.Session session = BenchApp.signUp(BenchApp.base(app), "Bench Search");
            OrganizationId organization = OrganizationId.of(UUID.fromString(session.organizationId()));
            DataSource data = app.getBean(DataSource.class);
            System.out.println("pgvector available on this server: " + pgvector(data));
            long loading = System.nanoTime();
            load(data, organization, stored, texts, languages);
            System.out.printf(
                    Locale.ROOT,
                    "stored %,d transcripts with vectors in %.1f s%n",
                    rows,
                    (System.nanoTime() - loading) / 1e9);
            vacuumState(data, "before the searches");
            String api = SemanticSearchApiPath.measure(app, session.token(), organization, questions);
            String summary = measure(app, organization, vectors, questions, stored);
            vacuumState(data, "after the searches");
            explainRead(data, organization, vectors.query(questions.getFirst()));
            breakdown(data, organization, vectors.query(questions.getFirst()));
            System.out.println(summary);
            System.out.println(api);
        } finally {
            app.close();
        }
    }

    private static String measure(
            ConfigurableApplicationContext app,
            OrganizationId organization,
            TranscriptVectors vectors,
            List<String> questions,
            float[][] stored) {
        TranscriptEmbeddingStore store = app.getBean(TranscriptEmbeddingStore.class);
        TenantTransactions tenants = app.getBean(TenantTransactions.class);
        List<Double> search = new ArrayList<>();
        List<Double> embed = new ArrayList<>();
        double recall = 0;
        float[] first = vectors.query(questions.getFirst());
        long cold = System.nanoTime();
        tenants.call(organization, () -> store.nearest(first, 400, TOP, -1));
        System.out.printf(
                Locale.ROOT,
                "first search on this node (reads the organization's signatures into memory): %.0f ms%n",
                (System.nanoTime() - cold) / 1e6);
        for (int round = 0; round < 2; round++) {
            for (String question : questions) {
                long start = System.nanoTime();
                float[] query = vectors.query(question);
                long embedded = System.nanoTime();
                List<Near> found = tenants.call(organization, () -> store.nearest(query, 400, TOP, -1));
                long end = System.nanoTime();
                if (round == 1) {
                    embed.add((embedded - start) / 1e6);
                    search.add((end - embedded) / 1e6);
                    recall += recall(found, query, stored);
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "query embedding: median %.1f ms; database scan and exact re-ranking: median %.1f ms, p95 %.1f ms;"
                        + " recall of the exact top %d: %.3f%n",
                percentile(embed, 50),
                percentile(search, 50),
                percentile(search, 95),
                TOP,
                recall / questions.size());
        List<Double> total = IntStream.range(0, search.size())
                .mapToObj(i -> search.get(i) + embed.get(i))
                .toList();
        return String.format(
                Locale.ROOT,
                "semantic search over %,d transcripts of one organization: median %.1f ms, p95 %.1f ms (target < 100 ms),"
                        + " recall of the exact top %d %.3f",
                stored.length,
                percentile(total, 50),
                percentile(total, 95),
                TOP,
                recall / questions.size());
    }

    /** What share of the exact top 10 (every stored vector compared) the search returned. */
    private static double recall(List<Near> found, float[] query, float[][] stored) {
        Integer[] order = IntStream.range(0, stored.length).boxed().toArray(Integer[]::new);
        double[] score = new double[stored.length];
        for (int i = 0; i < stored.length; i++) {
            score[i] = Vectors.dot(stored[i], query);
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -score[i]));
        double kth = score[order[TOP - 1]];
        long hits = found.stream().filter(n -> n.similarity() >= kth - 1e-6).count();
        return hits / (double) TOP;
    }

    private static float[][] generate(List<float[]> base, int rows) {
        Random random = new Random(42);
        float[][] stored = new float[rows][];
        for (int i = 0; i < rows; i++) {
            float[] v = base.get(i % base.size()).clone();
            for (int j = 0; j < v.length; j++) {
                v[j] += (float) (random.nextGaussian() * 0.02);
            }
            stored[i] = Vectors.normalized(v);
        }
        return stored;
    }

    private static boolean pgvector(DataSource data) throws Exception {
        try (Connection c = data.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM pg_available_extensions WHERE name = 'vector'")) {
            r.next();
            return r.getInt(1) > 0;
        }
    }

    /** Calls, transcripts and vectors for one organization, through its row-level security. */
    private static void load(
            DataSource data, OrganizationId organization, float[][] stored, List<String> texts, List<String> languages)
            throws Exception {
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT set_config('app.organization_id', '" + organization.value() + "', true)");
                s.execute("CREATE TEMP TABLE bench_ids ON COMMIT DROP AS SELECT gen_random_uuid() AS id, n"
                        + " FROM generate_series(0, " + (stored.length - 1) + ") n");
                s.execute(
                        "INSERT INTO calls (organization_id, id, direction, provider, to_number, status, dispatch_state)"
                                + " SELECT '" + organization.value() + "', id, 'outbound', 'simulated', '+15550100000',"
                                + " 'completed', 'none' FROM bench_ids");
                // Each transcript's words are those of the labelled call its vector came from, so that
                // the full-text half of the search does the work it does on real transcripts.
                s.execute("CREATE TEMP TABLE bench_texts (n integer, language text, full_text text) ON COMMIT DROP");
                StringBuilder textCopy = new StringBuilder();
                for (int i = 0; i < texts.size(); i++) {
                    textCopy.append(i)
                            .append('\t')
                            .append(languages.get(i))
                            .append('\t')
                            .append(texts.get(i)
                                    .replace("\\", "\\\\")
                                    .replace("\t", " ")
                                    .replace("\n", "\\n")
                                    .replace("\r", " "))
                            .append('\n');
                }
                c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "COPY bench_texts (n, language, full_text) FROM STDIN",
                                new StringReader(textCopy.toString()));
                s.execute("INSERT INTO call_transcripts"
                        + " (organization_id, call_id, language, segments, full_text, analysis_status)"
                        + " SELECT '" + organization.value() + "', i.id, t.language, '[]', t.full_text, 'completed'"
                        + " FROM bench_ids i JOIN bench_texts t ON t.n = i.n % " + texts.size());
                // COPY refuses tables under row-level security: the vectors go through a temporary table.
                s.execute("CREATE TEMP TABLE bench_vectors (n integer, signature bit(384), embedding real[])"
                        + " ON COMMIT DROP");
                StringBuilder copy = new StringBuilder();
                for (int i = 0; i < stored.length; i++) {
                    copy.append(i)
                            .append('\t')
                            .append(TranscriptVectors.signature(stored[i]))
                            .append("\t{");
                    for (int j = 0; j < stored[i].length; j++) {
                        copy.append(j == 0 ? "" : ",").append(stored[i][j]);
                    }
                    copy.append("}\n");
                }
                c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "COPY bench_vectors (n, signature, embedding) FROM STDIN",
                                new StringReader(copy.toString()));
                // Stored over the past days, as an organization's transcripts are (not all this minute).
                s.execute("INSERT INTO transcript_embeddings"
                        + " (organization_id, call_id, model, signature, embedding, created_at, updated_at)"
                        + " SELECT '" + organization.value() + "', i.id, '" + TranscriptVectors.MODEL
                        + "', v.signature, (SELECT string_agg(float4send(x), ''::bytea ORDER BY i)"
                        + " FROM unnest(v.embedding) WITH ORDINALITY AS t(x, i)),"
                        + " now() - n * interval '5 seconds', now() - n * interval '5 seconds'"
                        + " FROM bench_vectors v JOIN bench_ids i USING (n)");
                // No ANALYZE here: what a deployment sees after such a load is autovacuum's statistics.
            }
            c.commit();
        }
    }

    static void vacuumState(DataSource data, String when) throws Exception {
        try (Connection c = data.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery(
                    "SELECT current_user, current_setting('shared_buffers') || ', work_mem '"
                            + " || current_setting('work_mem') || ', effective_cache_size '"
                            + " || current_setting('effective_cache_size') || ', autovacuum '"
                            + " || current_setting('autovacuum') || ', autovacuum_naptime '"
                            + " || current_setting('autovacuum_naptime'),"
                            + " pg_size_pretty(pg_relation_size('transcript_embeddings')),"
                            + " pg_size_pretty(pg_relation_size((SELECT reltoastrelid FROM pg_class WHERE relname = 'transcript_embeddings')))")) {
                r.next();
                System.out.println("database " + when + ": role " + r.getString(1) + ", shared_buffers "
                        + r.getString(2) + ", heap " + r.getString(3) + ", toast " + r.getString(4));
            }
            try (ResultSet r = s.executeQuery("SELECT relname, last_autovacuum, last_autoanalyze, n_live_tup"
                    + " FROM pg_stat_all_tables WHERE relid = 'transcript_embeddings'::regclass"
                    + " OR relid = 'call_transcripts'::regclass"
                    + " OR relid = (SELECT reltoastrelid FROM pg_class WHERE relname = 'transcript_embeddings')")) {
                while (r.next()) {
                    System.out.println("database " + when + ": " + r.getString(1) + " autovacuum " + r.getString(2)
                            + " autoanalyze " + r.getString(3) + " live " + r.getLong(4));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT pid, backend_type, state, left(query, 80), now() - query_start"
                    + " FROM pg_stat_activity WHERE backend_type LIKE 'autovacuum%'")) {
                while (r.next()) {
                    System.out.println("database " + when + ": running " + r.getString(2) + " " + r.getString(4)
                            + " for " + r.getString(5));
                }
            }
        }
    }

    /** The plan of the vectors' read under the application role (row-level security changes plans). */
    private static void explainRead(DataSource data, OrganizationId organization, float[] query) throws Exception {
        String signature = TranscriptVectors.signature(query);
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT set_config('app.organization_id', '" + organization.value() + "', true)");
                for (int round = 0; round < 3; round++) {
                    List<String> ids = new ArrayList<>();
                    try (ResultSet r = s.executeQuery(
                            "SELECT call_id FROM transcript_embeddings ORDER BY" + " bit_count(signature # B'"
                                    + signature + "'), random() LIMIT 400 OFFSET " + (round * 400))) {
                        while (r.next()) {
                            ids.add(r.getString(1));
                        }
                    }
                    String array = "'{" + String.join(",", ids) + "}'::uuid[]";
                    for (String sql : List.of(
                            "SELECT call_id, embedding FROM transcript_embeddings WHERE call_id = ANY(" + array + ")",
                            "SELECT call_id FROM transcript_embeddings WHERE call_id = ANY(" + array + ")")) {
                        System.out.println("plan of the vectors' read under the application role, candidates " + round
                                + ": " + sql.substring(0, 70));
                        try (ResultSet r = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                            while (r.next()) {
                                String line = r.getString(1);
                                System.out.println("  " + (line.length() > 160 ? line.substring(0, 160) + "…" : line));
                            }
                        }
                    }
                }
            }
            c.rollback();
        }
    }

    /** What the search would cost in SQL alone: the signature scan in PostgreSQL, the vectors read as text. */
    private static void breakdown(DataSource data, OrganizationId organization, float[] query) throws Exception {
        String signature = TranscriptVectors.signature(query);
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT set_config('app.organization_id', '" + organization.value() + "', true)");
                List<Double> scan = new ArrayList<>();
                List<Double> read = new ArrayList<>();
                for (int round = 0; round < 12; round++) {
                    long start = System.nanoTime();
                    List<String> ids = new ArrayList<>();
                    try (ResultSet r = s.executeQuery("SELECT call_id FROM transcript_embeddings ORDER BY"
                            + " bit_count(signature # B'" + signature + "'), call_id LIMIT 400")) {
                        while (r.next()) {
                            ids.add("'" + r.getString(1) + "'");
                        }
                    }
                    long scanned = System.nanoTime();
                    try (ResultSet r = s.executeQuery("SELECT call_id, embedding FROM transcript_embeddings"
                            + " WHERE call_id IN (" + String.join(",", ids) + ")")) {
                        while (r.next()) {
                            r.getBytes(2);
                        }
                    }
                    long end = System.nanoTime();
                    if (round >= 2) {
                        scan.add((scanned - start) / 1e6);
                        read.add((end - scanned) / 1e6);
                    }
                }
                System.out.printf(
                        Locale.ROOT,
                        "for comparison, the same signature scan in PostgreSQL: median %.1f ms; reading 400 vectors: median %.1f ms%n",
                        percentile(scan, 50),
                        percentile(read, 50));
            }
            c.rollback();
        }
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
