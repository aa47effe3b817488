package io.switchboard.telephony;

import static io.switchboard.db.Tables.CALLS;
import static io.switchboard.db.Tables.WEBHOOK_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.support.ApiTest;
import io.switchboard.support.ProblemAssert;
import io.switchboard.telephony.internal.webhooks.ApplyFailure;
import io.switchboard.telephony.internal.webhooks.WebhookApplier;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The work that must survive a crash is in the database, and the jobs finish it. */
class TelephonyJobsIT extends ApiTest {

    @Autowired
    TelephonyJobs jobs;

    @Autowired
    WebhookApplier applier;

    @Autowired
    DSLContext db;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aWebhookThatCouldNotBeProcessedIsKeptAndRetried() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        String call = telephony.call(telephony.lead("Nia", "+14155550401"));
        telephony.providerId(call);

        // An event for a call id the dispatcher has not recorded yet (its confirmation is late).
        var early = telephony.webhook(
                Telephony.event("call.status", "SIM-late", "status", "completed", "duration_seconds", 9));
        assertThat(early.status()).as("stored and acknowledged").isEqualTo(200);
        String tried = "select status || ' ' || attempts || ' ' || (last_error is not null) from webhook_events"
                + " where event_key like 'evt_%' and body like '%SIM-late%'";
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(value(tenant, tried))
                .as("tried once, kept for a retry")
                .isEqualTo("pending 1 true"));

        as(tenant, sql -> {
            sql.update(CALLS)
                    .set(CALLS.PROVIDER_CALL_ID, "SIM-late")
                    .where(CALLS.ID.eq(UUID.fromString(call)))
                    .execute();
            return sql.update(WEBHOOK_EVENTS)
                    .set(WEBHOOK_EVENTS.NEXT_ATTEMPT_AT, OffsetDateTime.now().minusSeconds(1))
                    .where(WEBHOOK_EVENTS.STATUS.eq("pending"))
                    .execute();
        });
        applier.applyDue();

        JsonNode done = telephony.get(call);
        assertThat(done.path("status").asString()).isEqualTo("completed");
        assertThat(done.path("duration_seconds").asInt()).isEqualTo(9);
        assertThat(value(tenant, "select count(*) from webhook_events where status = 'pending'"))
                .isEqualTo("0");
    }

    @Test
    void aDispatchInterruptedByACrashFailsTheCallInsteadOfDiallingTwice() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        String lead = telephony.lead("Omar", "+14155550402");
        String lost = telephony.call(lead);
        String answered = telephony.call(lead);
        telephony.providerId(lost);
        telephony.webhook(Telephony.event("call.status", telephony.providerId(answered), "status", "in_progress"));

        as(tenant, sql -> sql.update(CALLS)
                .set(CALLS.DISPATCH_STATE, "sending")
                .set(CALLS.DISPATCH_AFTER, OffsetDateTime.now().minusMinutes(10))
                .where(CALLS.ID.in(UUID.fromString(lost), UUID.fromString(answered)))
                .execute());
        jobs.run();

        JsonNode failed = telephony.get(lost);
        assertThat(failed.path("status").asString()).isEqualTo("failed");
        assertThat(failed.path("hangup_reason").asString()).startsWith("dispatch_interrupted");
        assertThat(telephony.get(answered).path("status").asString()).isEqualTo("in_progress");
        assertThat(value(tenant, "select dispatch_state from calls where id = ?::uuid", answered))
                .isEqualTo("sent");
    }

    @Test
    void aCallTheProviderNeverFinishedIsClosed() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        String call = telephony.call(telephony.lead("Pia", "+14155550403"));
        telephony.webhook(Telephony.event("call.status", telephony.providerId(call), "status", "ringing"));

        as(tenant, sql -> sql.update(CALLS)
                .set(CALLS.QUEUED_AT, OffsetDateTime.now().minusHours(3))
                .where(CALLS.ID.eq(UUID.fromString(call)))
                .execute());
        jobs.run();

        JsonNode closed = telephony.get(call);
        assertThat(closed.path("status").asString()).isEqualTo("failed");
        assertThat(closed.path("hangup_reason").asString()).startsWith("no_final_status");
        JsonNode credits = api.get("/api/v1/credits", tenant.token()).json();
        assertThat(credits.path("held").asLong()).as("the hold goes back").isZero();
    }

    @Test
    void aStoredEventThatCanNeverBeAppliedFailsAtOnceWithAReasonPeopleCanRead() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        String call = telephony.call(telephony.lead("Quinn", "+14155550404"));
        String sid = telephony.providerId(call);
        // Stored by an earlier version, before the edge refused the NUL character PostgreSQL cannot hold.
        String body = "{\"event_id\":\"evt_nul\",\"type\":\"call.status\",\"call_id\":\"" + sid
                + "\",\"status\":\"completed\",\"hangup_reason\":\"x\\u0000y\"}";
        as(tenant, sql -> sql.insertInto(WEBHOOK_EVENTS)
                .set(WEBHOOK_EVENTS.ORGANIZATION_ID, UUID.fromString(tenant.organizationId()))
                .set(WEBHOOK_EVENTS.ID, UUID.randomUUID())
                .set(WEBHOOK_EVENTS.PROVIDER, "simulated")
                .set(WEBHOOK_EVENTS.EVENT_KEY, "evt_nul")
                .set(WEBHOOK_EVENTS.CONTENT_TYPE, "application/json")
                .set(WEBHOOK_EVENTS.BODY, body)
                .set(WEBHOOK_EVENTS.STATUS, "pending")
                .set(WEBHOOK_EVENTS.NEXT_ATTEMPT_AT, OffsetDateTime.now().minusSeconds(1))
                .execute());
        applier.applyDue();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(value(
                        tenant, "select status || ' ' || attempts from webhook_events where event_key = 'evt_nul'"))
                .as("failed for good at the first attempt, not retried")
                .isEqualTo("failed 1"));
        assertThat(value(tenant, "select last_error from webhook_events where event_key = 'evt_nul'"))
                .isEqualTo("the stored payload cannot be applied: hangup_reason must not contain NUL characters");
        assertThat(telephony.get(call).path("status").asString()).isEqualTo("queued");
    }

    @Test
    void aDatabaseRefusalIsDescribedWithoutItsSqlOrValues() {
        Tenant tenant = signUp();
        RuntimeException refused = catchThrowableOfType(
                RuntimeException.class,
                () -> as(tenant, sql -> sql.insertInto(WEBHOOK_EVENTS)
                        .set(WEBHOOK_EVENTS.ORGANIZATION_ID, UUID.fromString(tenant.organizationId()))
                        .set(WEBHOOK_EVENTS.ID, UUID.randomUUID())
                        .set(WEBHOOK_EVENTS.PROVIDER, "carrier-pigeon")
                        .set(WEBHOOK_EVENTS.EVENT_KEY, "+14155550405")
                        .set(WEBHOOK_EVENTS.BODY, "{}")
                        .set(WEBHOOK_EVENTS.STATUS, "pending")
                        .execute()));
        assertThat(refused.getMessage()).as("what last_error used to show").contains("SQL [", "webhook_events");

        ApplyFailure failure = ApplyFailure.of(refused);
        assertThat(failure.reason())
                .isEqualTo("the event conflicts with a rule of the stored data")
                .doesNotContainPattern(ProblemAssert.JAVA_INTERNALS);
        assertThat(ApplyFailure.technical(refused))
                .doesNotContain("+14155550405")
                .contains("23514");
    }

    private String value(Tenant tenant, String query, Object... args) {
        return String.valueOf(as(tenant, sql -> sql.fetchValue(query, args)));
    }

    private Object as(Tenant tenant, Function<DSLContext, Object> work) {
        Object result = TenantContext.callAs(
                OrganizationId.of(UUID.fromString(tenant.organizationId())), () -> tx.execute(s -> work.apply(db)));
        return result;
    }
}
