package io.switchboard.bench;

import io.switchboard.SwitchboardApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** What the benchmarks share: Switchboard started in-process on a durable database, and HTTP calls. */
final class BenchApp {

    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private BenchApp() {}

    /** Switchboard on a random port with its own data directory, no demo data, quiet logs. */
    static ConfigurableApplicationContext start(Path work, String... extra) {
        return start(work, new Class<?>[0], extra);
    }

    /** The same, with configuration classes of the benchmark's own (e.g. a faster clock). */
    static ConfigurableApplicationContext start(Path work, Class<?>[] sources, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--switchboard.data-dir=" + work.resolve("data"),
                "--switchboard.demo.enabled=false",
                "--logging.level.root=WARN",
                "--logging.structured.format.console=",
                "--spring.main.banner-mode=off",
                "--switchboard.db.embedded.durable=true"));
        args.addAll(List.of(extra));
        List<Class<?>> all = new ArrayList<>(List.of(SwitchboardApplication.class));
        all.addAll(List.of(sources));
        return SpringApplication.run(all.toArray(Class<?>[]::new), args.toArray(String[]::new));
    }

    static String base(ConfigurableApplicationContext app) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    /** A new organization with its admin signed in. */
    record Session(String token, String organizationId) {}

    static Session signUp(String base, String organization) throws Exception {
        String body = "{\"organization_name\":\"" + organization + "\",\"name\":\"Bench\",\"email\":\"bench-"
                + UUID.randomUUID() + "@example.com\",\"password\":\"benchmark-password\"}";
        String answer = send(base + "/api/v1/auth/signup", "POST", null, body);
        return new Session(
                field(answer, "access_token"), field(answer.substring(answer.indexOf("\"organization\"")), "id"));
    }

    static String send(String url, String method, String token, String body) throws Exception {
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

    /**
     * Writes N leads as the owner in one statement (sources, statuses, custom budgets and ages spread;
     * one in ten without a phone) and returns a random sample of those with a phone.
     */
    static List<UUID> loadLeads(Path work, DataSource app, UUID organization, int leads, int sampleSize)
            throws Exception {
        int port;
        try (Connection c = app.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT inet_server_port()")) {
            r.next();
            port = r.getInt(1);
        }
        long started = System.nanoTime();
        List<UUID> sample = new ArrayList<>();
        try (Connection owner = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/switchboard",
                        "postgres",
                        // the embedded server's superuser password, generated on its first start
                        java.nio.file.Files.readString(work.resolve("data/postgres.password"))
                                .trim());
                PreparedStatement insert = owner.prepareStatement(
                        """
                        INSERT INTO leads (organization_id, id, name, email, phone, company, source, status, custom_fields,
                                           created_at, updated_at)
                        SELECT ?, gen_random_uuid(), 'Lead ' || g, 'lead' || g || '@example.com',
                               CASE WHEN g % 10 = 0 THEN NULL ELSE '+1415' || lpad((g % 10000000)::text, 7, '0') END,
                               CASE WHEN g % 3 = 0 THEN 'Acme Realty ' || (g % 100) END,
                               (ARRAY['referral','website','api','vendor','manual'])[1 + g % 5],
                               (ARRAY['new','contacted','qualified','lost'])[1 + g % 4],
                               jsonb_build_object('budget', (g::bigint * 7919) % 2500000),
                               now() - make_interval(days => g % 120), now()
                        FROM generate_series(1, ?) g
                        """);
                PreparedStatement ids = owner.prepareStatement(
                        "SELECT id FROM leads WHERE organization_id = ? AND phone IS NOT NULL ORDER BY random() LIMIT ?")) {
            // Loading is not what is measured: no audit entry per row (as the import's bulk path).
            try (PreparedStatement session = owner.prepareStatement(
                    "SELECT set_config('app.organization_id', ?, false), set_config('app.audit_bulk', 'on', false)")) {
                session.setString(1, organization.toString());
                session.execute();
            }
            insert.setObject(1, organization);
            insert.setInt(2, leads);
            insert.executeUpdate();
            try (Statement s = owner.createStatement()) {
                s.execute("ANALYZE leads");
            }
            ids.setObject(1, organization);
            ids.setInt(2, sampleSize);
            try (ResultSet r = ids.executeQuery()) {
                while (r.next()) {
                    sample.add(r.getObject(1, UUID.class));
                }
            }
        }
        System.out.printf("loaded %,d leads in %.1f s%n", leads, (System.nanoTime() - started) / 1e9);
        return sample;
    }
}
