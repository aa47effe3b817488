package io.switchboard.shared;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.Api;
import io.switchboard.support.ApiTest;
import io.switchboard.support.Multipart;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Input that Switchboard used to coerce or choke on, each refused at the edge with 400 and the
 * field, and nothing stored: fractions for whole numbers, numbers for dates, NUL characters, page
 * sizes out of range, a sign-in redirect that is not a path.
 */
class StrictInputIT extends ApiTest {

    static void assertField(Api.Response response, String code, String field) {
        assertProblem(response, 400, code);
        assertThat(response.json().path("errors").get(0).path("field").asString())
                .as(response.toString())
                .isEqualTo(field);
    }

    @Test
    void fractionsAreNotWholeNumbers() {
        Tenant tenant = signUp();
        var fraction = api.post(
                "/api/v1/campaigns",
                body("name", "Spring", "budget_minor", 1.9, "budget_currency", "USD"),
                tenant.token());
        assertField(fraction, "invalid_type", "budget_minor");
        assertThat(fraction.json().path("errors").get(0).path("message").asString())
                .isEqualTo("must be a whole number");
        assertThat(list("/api/v1/campaigns", tenant)).isEmpty();

        var campaign = api.post(
                "/api/v1/campaigns",
                body("name", "Spring", "budget_minor", 500, "budget_currency", "USD"),
                tenant.token());
        String id = campaign.text("id");
        assertField(
                api.patch("/api/v1/campaigns/" + id, body("budget_minor", 1.9), tenant.token()),
                "invalid_type",
                "budget_minor");
        assertThat(api.get("/api/v1/campaigns/" + id, tenant.token())
                        .json()
                        .path("budget_minor")
                        .asLong())
                .isEqualTo(500);

        long rate = credits(tenant).path("rate_per_minute").asLong();
        assertField(
                api.patch("/api/v1/credits/settings", body("rate_per_minute", 1.9999), tenant.token()),
                "invalid_type",
                "rate_per_minute");
        assertThat(credits(tenant).path("rate_per_minute").asLong()).isEqualTo(rate);
    }

    @Test
    void datesAreIsoStringsNeverNumbersOrEmptyArrays() {
        Tenant tenant = signUp();
        for (Object due : new Object[] {1, "12345", new Object[0]}) {
            assertField(
                    api.post("/api/v1/tasks", body("title", "Call back", "due_at", due), tenant.token()),
                    "invalid_type",
                    "due_at");
        }
        assertThat(list("/api/v1/tasks", tenant)).isEmpty();
        assertField(api.get("/api/v1/tasks?due_before=12345", tenant.token()), "invalid_parameter", "due_before");
        assertThat(list("/api/v1/tasks?due_before=2030-01-01T00:00:00Z", tenant))
                .isEmpty();

        String lead = api.post("/api/v1/leads", body("name", "Dana", "phone", "(512) 555-0107"), tenant.token())
                .text("id");
        var consent = api.post(
                "/api/v1/leads/" + lead + "/consents",
                body("source", "web_form", "obtained_at", "12345", "evidence", "signed the form"),
                tenant.token());
        assertField(consent, "invalid_type", "obtained_at");
        assertThat(consent.json().path("errors").get(0).path("message").asString())
                .isEqualTo("must be an ISO-8601 date or time");
        assertThat(list("/api/v1/leads/" + lead + "/consents", tenant)).isEmpty();

        assertField(
                api.patch("/api/v1/leads/" + lead, body("expected_close_date", new Object[0]), tenant.token()),
                "invalid_type",
                "expected_close_date");
        assertThat(api.get("/api/v1/leads/" + lead, tenant.token())
                        .json()
                        .path("lead")
                        .path("expected_close_date")
                        .isNull())
                .isTrue();
        assertThat(api.patch("/api/v1/leads/" + lead, body("expected_close_date", "2027-03-01"), tenant.token())
                        .text("expected_close_date"))
                .isEqualTo("2027-03-01");
    }

    @Test
    void everyListTakesAPageSizeFromOneToTheMaximum() {
        Tenant tenant = signUp();
        for (String limit : new String[] {"0", "100000", "-1", "1.5", "ten"}) {
            assertField(api.get("/api/v1/webhook-events?limit=" + limit, tenant.token()), "invalid_limit", "limit");
            assertField(api.get("/api/v1/teams?limit=" + limit, tenant.token()), "invalid_limit", "limit");
        }
        assertThat(api.get("/api/v1/webhook-events?limit=" + CursorPage.MAX_LIMIT, tenant.token())
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/webhook-events?limit=1", tenant.token()).status())
                .isEqualTo(200);
    }

    @Test
    void nulCharactersAreRefusedInBodiesParametersAndUploads() {
        Tenant tenant = signUp();
        var note = api.post("/api/v1/credits/top-ups", body("amount", 100, "note", "a\u0000b"), tenant.token());
        assertField(note, "invalid_character", "note");
        assertThat(credits(tenant).path("balance").asLong()).isZero();
        assertThat(credits(tenant).path("ledger")).isEmpty();
        // the connection the request would have broken is fine: the next write goes through
        assertThat(api.post("/api/v1/credits/top-ups", body("amount", 100, "note", "ok"), tenant.token())
                        .status())
                .isEqualTo(201);

        assertField(
                api.post(
                        "/api/v1/campaigns", body("name", "Goals", "goals", Map.of("note", "x\u0000")), tenant.token()),
                "invalid_character",
                "goals.note");
        assertThat(list("/api/v1/campaigns", tenant)).isEmpty();

        assertField(api.get("/api/v1/leads?q=a%00b", tenant.token()), "invalid_character", "q");
        assertProblem(api.get("/api/v1/leads?na%00me=x", tenant.token()), 400, "invalid_request");

        String boundary = "----switchboard" + UUID.randomUUID();
        String upload = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nName,Phone\nAnn,5125550100\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n"
                + "{\"name\": \"Na\u0000me\"}\r\n--" + boundary + "--\r\n";
        var multipart = api.sendBytes(
                "POST",
                "/api/v1/lead-imports",
                upload.getBytes(StandardCharsets.UTF_8),
                "multipart/form-data; boundary=" + boundary,
                tenant.token());
        assertField(multipart, "invalid_character", "mapping");
        Multipart named = Multipart.file("file", "leads\u0000.csv", "Name,Phone\nAnn,5125550100\n");
        assertProblem(
                api.sendBytes("POST", "/api/v1/lead-imports", named.body(), named.contentType(), tenant.token()),
                400,
                "invalid_multipart");
        assertThat(api.get("/api/v1/lead-imports", tenant.token()).json()).isEmpty();
    }

    @Test
    void aSignInRedirectThatIsNotAPathLeadsHome() throws Exception {
        Tenant tenant = signUp();
        assertThat(signInThenGoTo(tenant, "/leads?status=new")).isEqualTo("/leads?status=new");
        assertThat(signInThenGoTo(tenant, "/leads\r\nSet-Cookie: x=y")).isEqualTo("/");
        assertThat(signInThenGoTo(tenant, "/\t/evil.example")).isEqualTo("/");
        assertThat(signInThenGoTo(tenant, "/{template}")).isEqualTo("/");
    }

    /** Signs in on the console's form and answers where the browser is sent. */
    private String signInThenGoTo(Tenant tenant, String next) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        browser.send(
                HttpRequest.newBuilder(URI.create(api.base() + "/sign-in")).build(),
                HttpResponse.BodyHandlers.discarding());
        String csrf = ((CookieManager) browser.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals("XSRF-TOKEN"))
                        .map(HttpCookie::getValue)
                        .findFirst()
                        .orElseThrow();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("email", tenant.email());
        form.put("password", PASSWORD);
        form.put("next", next);
        form.put("_csrf", csrf);
        String encoded = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = browser.send(
                HttpRequest.newBuilder(URI.create(api.base() + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow().replace(api.base(), "");
    }

    private JsonNode list(String path, Tenant tenant) {
        var response = api.get(path, tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("data");
    }

    private JsonNode credits(Tenant tenant) {
        var response = api.get("/api/v1/credits", tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
