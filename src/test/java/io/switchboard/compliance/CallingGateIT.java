package io.switchboard.compliance;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.leads.LeadId;
import io.switchboard.shared.OrganizationId;
import io.switchboard.support.Api;
import io.switchboard.support.ApiTest;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The gate over HTTP (the check endpoint) and as the dialer calls it (a batch, one query per list). */
class CallingGateIT extends ApiTest {

    static final AtomicInteger NUMBERS = new AtomicInteger(10);

    @Autowired
    CallingGate gate;

    @Autowired
    TenantTransactions tenants;

    @Autowired
    DataSource dataSource;

    Api.Response check(Tenant tenant, Object... pairs) {
        var response = api.post("/api/v1/compliance/checks", body(pairs), tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    static void assertAllowed(Api.Response decision) {
        assertThat(decision.json().path("allowed").asBoolean())
                .as(decision.toString())
                .isTrue();
    }

    static void assertDenied(Api.Response decision, String reason, String next) {
        assertThat(decision.json().path("allowed").asBoolean())
                .as(decision.toString())
                .isFalse();
        assertThat(decision.text("reason")).as(decision.toString()).isEqualTo(reason);
        if (next == null) {
            assertThat(decision.json().path("next_allowed_at").isNull())
                    .as(decision.toString())
                    .isTrue();
        } else {
            assertThat(Instant.parse(decision.text("next_allowed_at"))).isEqualTo(Instant.parse(next));
        }
    }

    String lead(Tenant tenant, String phone) {
        var created =
                api.post("/api/v1/leads", body("name", "Lead " + UUID.randomUUID(), "phone", phone), tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    static String austin() {
        return "(512) 555-01" + NUMBERS.getAndIncrement();
    }

    @Test
    void theDefaultWindowIsEightToNineInTheNumbersTimeZone() {
        Tenant tenant = signUp();
        String phone = austin(); // Austin: America/Chicago, UTC-6 in January
        assertAllowed(check(tenant, "phone", phone, "kind", "human", "at", "2025-01-15T14:00:00Z"));
        assertDenied(
                check(tenant, "phone", phone, "kind", "human", "at", "2025-01-15T13:59:59Z"),
                "outside_calling_window",
                "2025-01-15T14:00:00Z");
        assertDenied(
                check(tenant, "phone", phone, "kind", "human", "at", "2025-01-16T03:00:00Z"),
                "outside_calling_window",
                "2025-01-16T14:00:00Z");
        // India, +05:30
        assertAllowed(check(tenant, "phone", "+91 98765 43210", "kind", "human", "at", "2025-03-03T02:30:00Z"));
        assertDenied(
                check(tenant, "phone", "+91 98765 43210", "kind", "human", "at", "2025-03-03T15:30:00Z"),
                "outside_calling_window",
                "2025-03-04T02:30:00Z");
        // the lead's own time zone wins over the number's
        assertAllowed(check(
                tenant, "phone", phone, "timezone", "Asia/Kolkata", "kind", "human", "at", "2025-03-03T02:30:00Z"));
    }

    @Test
    void theOrganizationSetsItsWindowDaysAndHolidays() {
        Tenant tenant = signUp();
        var patched = api.patch(
                "/api/v1/compliance/settings",
                body(
                        "window_start", "09:30",
                        "window_end", "17:00",
                        "days", List.of("monday", "tuesday", "wednesday", "thursday", "friday")),
                tenant.token());
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().path("calling_window").path("start").asString())
                .isEqualTo("09:30");
        assertThat(patched.json().path("calling_window").path("days").size()).isEqualTo(5);
        assertThat(patched.json().path("require_consent_for_ai_calls").asBoolean())
                .isFalse();

        String phone = austin();
        // Saturday 2025-01-18 noon in Austin: next is Monday 09:30 CST = 15:30Z
        assertDenied(
                check(tenant, "phone", phone, "kind", "human", "at", "2025-01-18T18:00:00Z"),
                "outside_calling_window",
                "2025-01-20T15:30:00Z");

        var holiday = api.post(
                "/api/v1/compliance/holidays",
                body("date", "2025-01-20", "name", "Martin Luther King Jr. Day", "country", "US"),
                tenant.token());
        assertThat(holiday.status()).as(holiday.toString()).isEqualTo(201);
        assertDenied(
                check(tenant, "phone", phone, "kind", "human", "at", "2025-01-18T18:00:00Z"),
                "outside_calling_window",
                "2025-01-21T15:30:00Z");
        assertDenied(
                check(tenant, "phone", phone, "kind", "human", "at", "2025-01-20T18:00:00Z"),
                "holiday",
                "2025-01-21T15:30:00Z");
        // a US holiday does not close India
        assertAllowed(check(tenant, "phone", "+91 98765 43210", "kind", "human", "at", "2025-01-20T06:00:00Z"));
        assertProblem(
                api.post(
                        "/api/v1/compliance/holidays",
                        body("date", "2025-01-20", "name", "again", "country", "US"),
                        tenant.token()),
                409,
                "holiday_exists");

        Tenant other = signUp();
        assertProblem(api.delete("/api/v1/compliance/holidays/" + holiday.text("id"), other.token()), 404, "not_found");
        assertAllowed(check(other, "phone", phone, "kind", "human", "at", "2025-01-20T18:00:00Z"));
        assertThat(api.delete("/api/v1/compliance/holidays/" + holiday.text("id"), tenant.token())
                        .status())
                .isEqualTo(204);
        assertAllowed(check(tenant, "phone", phone, "kind", "human", "at", "2025-01-20T18:00:00Z"));
    }

    @Test
    void badSettingsAreRefusedAndChangeNothing() {
        Tenant tenant = signUp();
        assertProblem(
                api.patch(
                        "/api/v1/compliance/settings",
                        body("window_start", "21:00", "window_end", "08:00"),
                        tenant.token()),
                400,
                "invalid_window");
        assertProblem(
                api.patch("/api/v1/compliance/settings", body("days", List.of("funday")), tenant.token()),
                400,
                "invalid_day");
        assertProblem(
                api.patch("/api/v1/compliance/settings", body("days", List.of()), tenant.token()),
                400,
                "validation_failed");
        assertProblem(
                api.patch("/api/v1/compliance/settings", body("window_start", "8am"), tenant.token()),
                400,
                "invalid_type");
        assertProblem(
                api.post(
                        "/api/v1/compliance/holidays",
                        body("date", "2025-12-25", "name", "Xmas", "country", "XX"),
                        tenant.token()),
                400,
                "invalid_country");
        assertProblem(api.post("/api/v1/compliance/checks", body("kind", "ai"), tenant.token()), 400, "required");
        var settings = api.get("/api/v1/compliance/settings", tenant.token()).json();
        assertThat(settings.path("calling_window").path("start").asString()).isEqualTo("08:00");
        assertThat(settings.path("calling_window").path("end").asString()).isEqualTo("21:00");
        assertThat(settings.path("calling_window").path("days").size()).isEqualTo(7);
        assertThat(settings.path("holidays").size()).isZero();

        Member manager = join(tenant, "manager");
        assertThat(api.get("/api/v1/compliance/settings", manager.token()).status())
                .isEqualTo(200);
        assertProblem(
                api.patch("/api/v1/compliance/settings", body("window_start", "09:00"), manager.token()),
                403,
                "permission_denied");
    }

    @Test
    void aiCallsNeedConsentOnlyWhenTheOrganizationRequiresIt() {
        Tenant tenant = signUp();
        String lead = lead(tenant, austin());
        String open = "2030-01-16T18:00:00Z"; // noon in Austin, after the consent below is recorded
        assertAllowed(check(tenant, "lead_id", lead, "at", open));

        api.patch("/api/v1/compliance/settings", body("require_consent_for_ai_calls", true), tenant.token());
        var denied = check(tenant, "lead_id", lead, "at", "2030-01-16T03:00:00Z");
        assertDenied(denied, "no_consent", null); // not only the time is wrong: no next moment
        assertThat(denied.json().path("reasons").toString()).contains("no_consent", "outside_calling_window");
        assertAllowed(check(tenant, "lead_id", lead, "kind", "human", "at", open));

        String consent = api.post(
                        "/api/v1/leads/" + lead + "/consents",
                        body("source", "verbal", "evidence", "said yes on the call of 2025-01-02"),
                        tenant.token())
                .text("id");
        assertAllowed(check(tenant, "lead_id", lead, "at", open));
        api.post("/api/v1/leads/" + lead + "/consents/" + consent + "/revoke", null, tenant.token());
        assertDenied(check(tenant, "lead_id", lead, "at", open), "no_consent", null);
        // a number that is no lead has no consent
        assertDenied(check(tenant, "phone", austin(), "at", open), "no_consent", null);

        Tenant other = signUp();
        assertProblem(api.post("/api/v1/compliance/checks", body("lead_id", lead), other.token()), 404, "not_found");
    }

    @Test
    void aCampaignWindowNarrowsTheOrganizations() {
        Tenant tenant = signUp();
        Map<String, Object> evenings = Map.of("start", "18:00", "end", "23:00", "days", List.of("wednesday"));
        String phone = austin();
        // Wednesday 2025-01-15, 17:00 in Austin
        assertDenied(
                check(
                        tenant,
                        "phone",
                        phone,
                        "kind",
                        "human",
                        "at",
                        "2025-01-15T23:00:00Z",
                        "campaign_window",
                        evenings),
                "outside_calling_window",
                "2025-01-16T00:00:00Z");
        assertAllowed(check(
                tenant, "phone", phone, "kind", "human", "at", "2025-01-16T00:00:00Z", "campaign_window", evenings));
        // 21:30: inside the campaign's window, outside the organization's
        assertDenied(
                check(
                        tenant,
                        "phone",
                        phone,
                        "kind",
                        "human",
                        "at",
                        "2025-01-16T03:30:00Z",
                        "campaign_window",
                        evenings),
                "outside_calling_window",
                "2025-01-23T00:00:00Z");
    }

    @Test
    void listedInvalidAndZonelessNumbersAreRefused() {
        Tenant tenant = signUp();
        String phone = austin();
        api.post("/api/v1/dnc", body("phone", phone), tenant.token());
        assertDenied(check(tenant, "phone", phone, "kind", "human", "at", "2025-01-15T03:00:00Z"), "do_not_call", null);
        assertDenied(check(tenant, "phone", "12", "kind", "human"), "invalid_phone", null);
        var emailOnly = api.post(
                "/api/v1/leads", body("name", "No Phone", "email", UUID.randomUUID() + "@example.com"), tenant.token());
        assertDenied(check(tenant, "lead_id", emailOnly.text("id"), "kind", "human"), "invalid_phone", null);
    }

    @Test
    void aBatchIsDecidedInOrderWithOneQueryPerListWhateverItsSize() {
        Tenant tenant = signUp();
        List<String> listed = List.of(austin(), austin(), austin());
        listed.forEach(p -> api.post("/api/v1/dnc", body("phone", p), tenant.token()));
        api.patch("/api/v1/compliance/settings", body("require_consent_for_ai_calls", true), tenant.token());

        List<DialCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String phone = i < 3 ? listed.get(i) : String.format("+1512400%04d", 2000 + i);
            candidates.add(new DialCandidate(
                    LeadId.of(UUID.randomUUID()),
                    i < 3 ? "+1" + phone.replaceAll("[^0-9]", "") : phone,
                    i % 2 == 0 ? "America/Chicago" : null,
                    i % 2 == 0 ? "US" : null,
                    i % 5 == 0 ? CallKind.AI : CallKind.HUMAN));
        }
        Instant noon = Instant.parse("2025-01-15T18:00:00Z");
        OrganizationId organization = OrganizationId.of(UUID.fromString(tenant.organizationId()));

        long single = scans(organization, List.of(candidates.get(5)), noon).scans();
        Checked batch = scans(organization, candidates, noon);
        assertThat(batch.scans()).isEqualTo(single).isPositive();

        List<Decision> decisions = batch.decisions();
        assertThat(decisions).hasSize(500);
        assertThat(decisions.subList(0, 3))
                .extracting(Decision::reason)
                .containsExactly(DecisionReason.DO_NOT_CALL, DecisionReason.DO_NOT_CALL, DecisionReason.DO_NOT_CALL);
        for (int i = 3; i < 500; i++) {
            DecisionReason expected = i % 5 == 0 ? DecisionReason.NO_CONSENT : null;
            assertThat(decisions.get(i).reason()).as("candidate %d", i).isEqualTo(expected);
        }
    }

    record Checked(List<Decision> decisions, long scans) {}

    /** Runs the gate in one transaction and counts the scans it made of the three list tables. */
    Checked scans(OrganizationId organization, List<DialCandidate> candidates, Instant at) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return tenants.call(organization, () -> {
            long before = scanCount(jdbc);
            List<Decision> decisions = gate.check(candidates, at, null);
            return new Checked(decisions, scanCount(jdbc) - before);
        });
    }

    static long scanCount(JdbcTemplate jdbc) {
        return jdbc.queryForObject(
                """
                SELECT sum(pg_stat_get_xact_numscans(c.oid))
                  FROM pg_class c
                 WHERE c.oid IN ('do_not_call'::regclass, 'platform_do_not_call'::regclass, 'lead_consents'::regclass)
                    OR c.oid IN (SELECT indexrelid FROM pg_index
                                  WHERE indrelid IN ('do_not_call'::regclass, 'platform_do_not_call'::regclass,
                                                     'lead_consents'::regclass))
                """,
                Long.class);
    }
}
