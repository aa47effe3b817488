package io.switchboard.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.switchboard.bench.LabelledCalls.Labelled;
import io.switchboard.conversations.Segment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The full-text half of the conversation search, explained on a bench's database (the work folder
 * bench/semantic-search.sh left in /tmp): EXPLAIN (ANALYZE, BUFFERS) of search_call_transcripts'
 * body, as its definer sees it, for each query, every word and any word. Arguments: the work folder,
 * queries (default 40).
 */
public final class SearchExplain {

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        List<String> questions = new ArrayList<>();
        for (String split : List.of("train", "dev", "holdout")) {
            for (Labelled call : LabelledCalls.load(Path.of("bench/conversations", split), split)) {
                for (Segment s : call.transcript().segments()) {
                    if (s.speaker().equals("customer")
                            && questions.size() < queries
                            && s.text().length() > 40) {
                        questions.add(s.text());
                    }
                }
            }
        }
        ConfigurableApplicationContext app = BenchApp.start(work);
        try {
            String url =
                    app.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl();
            String password =
                    Files.readString(work.resolve("data/postgres.password")).strip();
            try (Connection c = DriverManager.getConnection(url, "postgres", password);
                    Statement s = c.createStatement()) {
                String org;
                try (ResultSet r = s.executeQuery(
                        "SELECT organization_id FROM call_transcripts GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")) {
                    r.next();
                    org = r.getString(1);
                }
                s.execute("SET app.organization_id = '" + org + "'");
                try (ResultSet r = s.executeQuery("SELECT pg_size_pretty(pg_relation_size('call_transcripts')),"
                        + " pg_size_pretty(pg_total_relation_size('call_transcripts')),"
                        + " avg(pg_column_size(search_vector)), avg(octet_length(full_text)) FROM call_transcripts")) {
                    r.next();
                    System.out.println("call_transcripts heap " + r.getString(1) + ", total " + r.getString(2)
                            + ", search_vector avg bytes " + r.getString(3) + ", full_text avg " + r.getString(4));
                }
                if (System.getProperty("explain.all") != null) {
                    for (String q : questions) {
                        for (boolean all : List.of(true, false)) {
                            explain(c, q, all);
                        }
                    }
                    timeFunction(c, questions);
                }
                if (System.getProperty("explain.unanalyzed") != null) {
                    // As right after a bulk load, before autovacuum: no statistics, no row count.
                    s.execute("DELETE FROM pg_statistic WHERE starelid IN ('call_transcripts'::regclass,"
                            + " 'transcript_embeddings'::regclass)");
                    s.execute("UPDATE pg_class SET reltuples = -1 WHERE oid IN ('call_transcripts'::regclass,"
                            + " 'transcript_embeddings'::regclass)");
                }
                s.execute("LOAD 'auto_explain'");
                s.execute("SET auto_explain.log_min_duration = 0");
                s.execute("SET auto_explain.log_analyze = on");
                s.execute("SET auto_explain.log_buffers = on");
                s.execute("SET auto_explain.log_verbose = on");
                s.execute("SET auto_explain.log_nested_statements = on");
                s.execute("SET auto_explain.log_level = notice");
                s.execute("SET ROLE switchboard_app");
                outer(c, questions);
            }
        } finally {
            app.close();
        }
    }

    /** The same queries through search_call_transcripts (its body planned with the arguments as parameters). */
    private static void timeFunction(Connection c, List<String> questions) throws Exception {
        for (String q : questions) {
            for (String sql : List.of(
                    "SELECT count(*) FROM search_call_transcripts(?, true, 101)",
                    "SELECT count(*) FROM (SELECT t.call_id, ts_rank(t.search_vector, text_search_query(?, true), 33)"
                            + " FROM call_transcripts t WHERE t.organization_id = nullif(current_setting("
                            + "'app.organization_id', true), '')::uuid AND t.search_vector @@ text_search_query(?, true)"
                            + " ORDER BY 2 DESC, t.call_id DESC LIMIT 101) x")) {
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    for (int i = 1; i <= p.getParameterMetaData().getParameterCount(); i++) {
                        p.setString(i, q);
                    }
                    long start = System.nanoTime();
                    p.executeQuery().close();
                    System.out.printf(
                            "timed %s %.1f ms: %s%n",
                            sql.contains("search_call_transcripts(") ? "function" : "inline",
                            (System.nanoTime() - start) / 1e6,
                            q.substring(0, Math.min(50, q.length())));
                }
            }
        }
    }

    /** TranscriptIndex.search's statement as the application runs it, prepared, plans logged by auto_explain. */
    private static void outer(Connection c, List<String> questions) throws Exception {
        for (String parse : List.of("text_search_query(?, ?)", "(SELECT text_search_query(?, ?))")) {
            outer(c, questions, parse);
        }
    }

    /** TranscriptIndex.search's statement as the application runs it, prepared, plans logged by auto_explain. */
    private static void outer(Connection c, List<String> questions, String parse) throws Exception {
        String sql = "select hits.call_id, hits.rank, ct.lead_id, ct.language, ct.received_at, ca.qualification,"
                + " ts_headline(text_search_config(ct.language), ct.full_text, " + parse + ", ?)"
                + " from search_call_transcripts(?, ?, ?) as hits join call_transcripts ct on ct.call_id = hits.call_id"
                + " left outer join call_analyses ca on (ca.organization_id = ct.organization_id"
                + " and ca.call_id = ct.call_id) order by hits.rank desc, hits.call_id desc";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < 2 * questions.size(); i++) {
                String q = questions.get(i % questions.size());
                p.setString(1, q);
                p.setBoolean(2, true);
                p.setString(3, io.switchboard.shared.Snippet.HEADLINE_OPTIONS);
                p.setString(4, q);
                p.setBoolean(5, true);
                p.setInt(6, 101);
                long start = System.nanoTime();
                p.executeQuery().close();
                System.out.printf("outer %s %d %.1f ms%n", parse, i, (System.nanoTime() - start) / 1e6);
                for (var w = p.getWarnings(); w != null; w = w.getNextWarning()) {
                    if (i == 20 || i == 2) {
                        System.out.println("auto_explain " + i + ": " + w.getMessage());
                    }
                }
                p.clearWarnings();
            }
        }
    }

    private static void explain(Connection c, String q, boolean all) throws Exception {
        try (PreparedStatement p = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS)"
                + " SELECT t.call_id, ts_rank(t.search_vector, text_search_query(?, ?), 33) FROM call_transcripts t"
                + " WHERE t.organization_id = nullif(current_setting('app.organization_id', true), '')::uuid"
                + " AND t.search_vector @@ text_search_query(?, ?) ORDER BY 2 DESC, t.call_id DESC LIMIT 101")) {
            p.setString(1, q);
            p.setBoolean(2, all);
            p.setString(3, q);
            p.setBoolean(4, all);
            System.out.println("query " + (all ? "every word" : "any word") + ": " + q);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String line = r.getString(1);
                    System.out.println("  " + (line.length() > 200 ? line.substring(0, 200) + "…" : line));
                }
            }
        }
    }
}
