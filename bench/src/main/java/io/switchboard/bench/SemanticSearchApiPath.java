package io.switchboard.bench;

import io.switchboard.conversations.internal.SemanticIndex;
import io.switchboard.conversations.internal.TranscriptIndex;
import io.switchboard.shared.OrganizationId;
import io.switchboard.tenancy.TenantTransactions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The search as the API runs it, over HTTP ({@code GET /api/v1/search/conversations?q=}: the query
 * embedded, the transcripts' and notes' full-text search, relaxed to any word when no transcript
 * holds them all, blended with the search by meaning), timed per request; then the phases it is
 * made of, each timed alone under the organization's row-level security, to show where the time goes.
 */
final class SemanticSearchApiPath {

    private SemanticSearchApiPath() {}

    /** The summary line; prints the first search, then each phase's median and 95th percentile. */
    static String measure(
            ConfigurableApplicationContext app, String token, OrganizationId organization, List<String> questions)
            throws Exception {
        String base = BenchApp.base(app) + "/api/v1/search/conversations?q=";
        long cold = System.nanoTime();
        BenchApp.send(base + URLEncoder.encode(questions.getFirst(), StandardCharsets.UTF_8), "GET", token, null);
        System.out.printf(
                Locale.ROOT,
                "API path: first search on this node (reads the organization's signatures into memory): %.0f ms%n",
                (System.nanoTime() - cold) / 1e6);
        List<Double> total = new ArrayList<>();
        int relaxed = 0;
        for (int round = 0; round < 2; round++) {
            for (String question : questions) {
                long start = System.nanoTime();
                String answer =
                        BenchApp.send(base + URLEncoder.encode(question, StandardCharsets.UTF_8), "GET", token, null);
                if (round == 1) {
                    total.add((System.nanoTime() - start) / 1e6);
                    relaxed += answer.contains("\"match\":\"any\"") ? 1 : 0;
                }
            }
        }
        phases(app, organization, questions);
        return String.format(
                Locale.ROOT,
                "API path (GET /api/v1/search/conversations, %d queries, %d relaxed to any word):"
                        + " median %.1f ms, p95 %.1f ms, max %.1f ms (target < 100 ms)",
                questions.size(),
                relaxed,
                percentile(total, 50),
                percentile(total, 95),
                percentile(total, 100));
    }

    /** Each phase of the API's search alone, per query, under the organization. */
    private static void phases(
            ConfigurableApplicationContext app, OrganizationId organization, List<String> questions) {
        TranscriptIndex words = app.getBean(TranscriptIndex.class);
        SemanticIndex meaning = app.getBean(SemanticIndex.class);
        TenantTransactions tenants = app.getBean(TenantTransactions.class);
        List<Double> embed = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        List<Double> any = new ArrayList<>();
        List<Double> near = new ArrayList<>();
        List<Integer> anyMatches = new ArrayList<>();
        for (String question : questions) {
            long t0 = System.nanoTime();
            float[] query = meaning.query(question);
            long t1 = System.nanoTime();
            tenants.call(organization, () -> words.search(question, true, 101));
            long t2 = System.nanoTime();
            anyMatches.add(tenants.call(organization, () -> words.search(question, false, 101))
                    .size());
            long t3 = System.nanoTime();
            tenants.call(organization, () -> meaning.search(query, 101));
            long t4 = System.nanoTime();
            embed.add((t1 - t0) / 1e6);
            all.add((t2 - t1) / 1e6);
            any.add((t3 - t2) / 1e6);
            near.add((t4 - t3) / 1e6);
        }
        System.out.printf(
                Locale.ROOT,
                "API path phases (median / p95 / max ms): query embedding %s; full text, every word %s;"
                        + " full text, any word %s; by meaning (signatures, 400 vectors, cosine) %s%n",
                figures(embed),
                figures(all),
                figures(any),
                figures(near));
    }

    private static String figures(List<Double> values) {
        return String.format(
                Locale.ROOT,
                "%.1f / %.1f / %.1f",
                percentile(values, 50),
                percentile(values, 95),
                percentile(values, 100));
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
