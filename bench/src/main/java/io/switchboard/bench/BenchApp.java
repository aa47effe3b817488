package io.switchboard.bench;

import io.switchboard.SwitchboardApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
}
