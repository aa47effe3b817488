package io.switchboard.leads.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.leads.LeadId;
import io.switchboard.shared.OrganizationId;
import io.switchboard.support.ApiTest;
import io.switchboard.tenancy.TenantTransactions;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Writers of a lead lock it "for no key update": inserting a row that references the lead (a score
 * event, a note, a task) takes a key-share lock on it, which a plain FOR UPDATE waits for. Two
 * scorings of one lead deadlocked that way (one held the lead's key share from inserting its score
 * event and waited for the lead's score row, the other held that row and waited to lock the lead).
 */
class LeadLocksIT extends ApiTest {

    @Autowired
    Leads leads;

    @Autowired
    Ratings ratings;

    @Autowired
    TenantTransactions tenants;

    @Autowired
    DSLContext db;

    @Test
    void lockingALeadDoesNotWaitForATransactionThatInsertedARowReferencingIt() throws Exception {
        Tenant tenant = signUp();
        OrganizationId org = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        var created =
                api.post("/api/v1/leads", body("name", "Hannah Schultz", "phone", "+15125550199"), tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID lead = UUID.fromString(created.text("id"));

        CountDownLatch referenced = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<Void> referencing = CompletableFuture.runAsync(() -> tenants.run(org, () -> {
            // What the foreign-key check of an insert referencing the lead takes.
            db.execute("SELECT 1 FROM leads WHERE id = ? FOR KEY SHARE", lead);
            referenced.countDown();
            await(done);
        }));
        try {
            assertThat(referenced.await(10, TimeUnit.SECONDS)).isTrue();
            var rated = tenants.call(org, () -> {
                db.execute("SET LOCAL lock_timeout = '3s'");
                int score = leads.lockRecord(LeadId.of(lead)).orElseThrow().getScore();
                return ratings.rate(
                        new UUID[] {lead}, new Integer[] {score}, new Integer[] {score + 7}, new String[] {"warm"});
            });
            assertThat(rated).singleElement().satisfies(r -> assertThat(r.score())
                    .isEqualTo(r.fromScore() + 7));
        } finally {
            done.countDown();
            referencing.get(10, TimeUnit.SECONDS);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
