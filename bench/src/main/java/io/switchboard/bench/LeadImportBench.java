package io.switchboard.bench;

import io.switchboard.SwitchboardApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports generated leads through the real path (HTTP upload and preview, commit, background
 * worker), then COPYs the same rows into a bare table with the leads table's indexes, and prints
 * both rates and their ratio (last line).
 *
 * <p>Usage: {@code bench/lead-import.sh [rows]} (default 1,000,000).
 */
public final class LeadImportBench {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private LeadImportBench() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path work = Files.createTempDirectory("switchboard-bench-");
        Path csv = work.resolve("leads.csv");
        LeadGenerator.Stats expected = LeadGenerator.write(csv, rows, 42);
        System.out.printf(
                "generated %,d rows (%,d bytes): %,d duplicates, %,d invalid%n",
                rows, Files.size(csv), expected.duplicates(), expected.invalid());

        ConfigurableApplicationContext app = SpringApplication.run(
                SwitchboardApplication.class,
                "--server.port=0",
                "--switchboard.data-dir=" + work.resolve("data"),
                "--switchboard.demo.enabled=false",
                "--logging.level.root=WARN",
                "--logging.structured.format.console=",
                "--spring.main.banner-mode=off",
                "--switchboard.db.embedded.durable=true");
        try {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            String token = signUp(base);
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
        String id = field(preview, "id");
        send(base + "/api/v1/lead-imports/" + id + "/commit", "POST", token, "");
        String view;
        do {
            Thread.sleep(250);
            view = send(base + "/api/v1/lead-imports/" + id, "GET", token, null);
        } while (view.contains("\"status\":\"running\""));
        long finished = System.nanoTime();
        int imported = number(view, "imported");
        int duplicates = number(view, "duplicates");
        int invalid = number(view, "invalid");
        double seconds = (finished - started) / 1e9;
        double rate = rows / seconds;
        System.out.printf(
                "import: %,d rows in %.1f s = %,.0f rows/s (upload+preview %.1f s, commit %.1f s); status %s%n",
                rows, seconds, rate, (previewed - started) / 1e9, (finished - previewed) / 1e9, field(view, "status"));
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

    private static String signUp(String base) throws Exception {
        String body = "{\"organization_name\":\"Bench Realty\",\"name\":\"Bench\",\"email\":\"bench-"
                + UUID.randomUUID() + "@example.com\",\"password\":\"benchmark-password\"}";
        return field(send(base + "/api/v1/auth/signup", "POST", null, body), "access_token");
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
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
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

    private static String send(String url, String method, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMinutes(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static int number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return Integer.parseInt(m.group(1));
    }
}
