package io.switchboard.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports generated leads through the real path (HTTP upload and preview, commit, background
 * worker), then COPYs the same rows into a bare table with the leads table's indexes, and prints
 * both rates and their ratio (last line).
 *
 * <p>Usage: {@code bench/lead-import.sh [rows]} (default 1,000,000).
 */
public final class LeadImportBench {

    private LeadImportBench() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path work = Files.createTempDirectory("switchboard-bench-");
        Path csv = work.resolve("leads.csv");
        LeadGenerator.Stats expected = LeadGenerator.write(csv, rows, 42);
        System.out.printf(
                "generated %,d rows (%,d bytes): %,d duplicates, %,d invalid%n",
                rows, Files.size(csv), expected.duplicates(), expected.invalid());

        ConfigurableApplicationContext app = BenchApp.start(work);
        try {
            String base = BenchApp.base(app);
            String token = BenchApp.signUp(base, "Bench Realty").token();
            double importRate = runImport(base, token, csv, rows, expected);
            double copyRate = runBareCopy(app.getBean(DataSource.class), csv, rows);
            System.out.printf("import/COPY ratio %.2f%n", importRate / copyRate);
        } finally {
            app.close();
        }
    }

    private static double runImport(String base, String token, Path csv, int rows, LeadGenerator.Stats expected)
            throws Exception {
        long started = System.nanoTime();
        String preview = upload(base, token, csv);
        long previewed = System.nanoTime();
        String id = BenchApp.field(preview, "id");
        BenchApp.send(base + "/api/v1/lead-imports/" + id + "/commit", "POST", token, "");
        String view;
        do {
            Thread.sleep(250);
            view = BenchApp.send(base + "/api/v1/lead-imports/" + id, "GET", token, null);
        } while (view.contains("\"status\":\"running\""));
        long finished = System.nanoTime();
        int imported = BenchApp.number(view, "imported");
        int duplicates = BenchApp.number(view, "duplicates");
        int invalid = BenchApp.number(view, "invalid");
        double seconds = (finished - started) / 1e9;
        double rate = rows / seconds;
        System.out.printf(
                "import: %,d rows in %.1f s = %,.0f rows/s (upload+preview %.1f s, commit %.1f s); status %s%n",
                rows,
                seconds,
                rate,
                (previewed - started) / 1e9,
                (finished - previewed) / 1e9,
                BenchApp.field(view, "status"));
        System.out.printf(
                "accounted: imported %,d + duplicates %,d + invalid %,d = %,d of %,d (expected %,d duplicates, %,d invalid)%n",
                imported,
                duplicates,
                invalid,
                imported + duplicates + invalid,
                rows,
                expected.duplicates(),
                expected.invalid());
        if (imported + duplicates + invalid != rows
                || duplicates != expected.duplicates()
                || invalid != expected.invalid()) {
            throw new IllegalStateException("rows are not all accounted for: " + view);
        }
        return rate;
    }

    /** The same rows, cleaned the same way, COPYed by the owner into a bare copy of the leads table. */
    private static double runBareCopy(DataSource app, Path csv, int rows) throws Exception {
        int port;
        try (Connection c = app.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT inet_server_port()")) {
            r.next();
            port = r.getInt(1);
        }
        Path cleaned = csv.resolveSibling("cleaned.csv");
        LeadGenerator.writeCleaned(csv, cleaned);
        try (Connection owner =
                DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/switchboard", "postgres", "")) {
            try (Statement s = owner.createStatement()) {
                s.execute("CREATE TABLE bench_bare (LIKE leads INCLUDING DEFAULTS INCLUDING INDEXES)");
            }
            long started = System.nanoTime();
            try (InputStream in = Files.newInputStream(cleaned)) {
                owner.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "COPY bench_bare (organization_id, id, name, email, phone, phone_region, timezone, company, source, status,"
                                        + " temperature, score, custom_fields) FROM STDIN (FORMAT csv)",
                                in);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double rate = rows / seconds;
            System.out.printf("bare COPY: %,d rows in %.1f s = %,.0f rows/s%n", rows, seconds, rate);
            return rate;
        }
    }

    private static String upload(String base, String token, Path csv) throws Exception {
        String boundary = "bench" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"leads.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/lead-imports"))
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new SequenceInputStream(Collections.enumeration(List.of(
                                new java.io.ByteArrayInputStream(head),
                                uncheckedOpen(csv),
                                new java.io.ByteArrayInputStream(tail))))))
                .build();
        HttpResponse<String> response = BenchApp.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("upload failed: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static InputStream uncheckedOpen(Path path) {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
