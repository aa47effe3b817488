package io.switchboard.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.shared.OrganizationId;
import io.switchboard.support.ApiTest;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14: lead notes are found by meaning as transcripts are (a paraphrase sharing no word with
 * the note), as {@code kind: note} in the blended search; a private note only by its author, never
 * another organization's note; a deleted note's vector goes with it.
 */
class NoteSemanticSearchIT extends ApiTest {

    private static final String NOTE = "She cannot afford the monthly repayments on a mortgage.";
    /** Not one word of the note: found by meaning only. */
    private static final String PARAPHRASE =
            "/api/v1/search/conversations?q=worried%20about%20money%20for%20her%20house%20loan";

    @Autowired
    DSLContext db;

    @Autowired
    TenantTransactions tenants;

    @Test
    void aNoteIsFoundByMeaningByThoseWhoMaySeeItAndItsVectorGoesWithIt() {
        Tenant tenant = signUp();
        Member colleague = join(tenant, "admin");
        String lead = lead(tenant, "Nora Notes");
        String shared = note(lead, NOTE, false, tenant.token());
        String colleaguesPrivate = note(
                lead, "Private: the buyer worries she can't pay the mortgage each month.", true, colleague.token());
        Tenant other = signUp();
        String othersNote = note(lead(other, "Oscar Other"), NOTE, false, other.token());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(noteIds(colleague.token()))
                .as("the author finds their private note and the shared one")
                .containsExactlyInAnyOrder(shared, colleaguesPrivate));
        JsonNode found = api.get(PARAPHRASE, tenant.token()).json();
        assertThat(noteIds(tenant.token()))
                .as("another user's private note and another organization's note are not found: %s", found)
                .containsExactly(shared);
        JsonNode hit = found.path("data").get(0);
        assertThat(hit.path("kind").asString()).isEqualTo("note");
        assertThat(hit.path("lead_name").asString()).isEqualTo("Nora Notes");
        assertThat(hit.path("snippet").path("text").asString()).isEqualTo(NOTE);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(noteIds(other.token())).containsExactly(othersNote));

        assertThat(api.delete("/api/v1/notes/" + shared, tenant.token()).status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(vectors(tenant, shared)).isZero());
        assertThat(noteIds(tenant.token())).isEmpty();
        assertThat(vectors(tenant, colleaguesPrivate)).isOne();
    }

    private List<String> noteIds(String token) {
        var response = api.get(PARAPHRASE + "&type=note", token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().path("data").forEach(hit -> ids.add(hit.path("note_id").asString()));
        return ids;
    }

    private int vectors(Tenant tenant, String note) {
        return tenants.call(
                OrganizationId.of(UUID.fromString(tenant.organizationId())),
                () -> db.fetchCount(
                        db.selectOne().from("note_embeddings").where("note_id = ?", UUID.fromString(note))));
    }

    private String lead(Tenant tenant, String name) {
        var response = api.post(
                "/api/v1/leads",
                body("name", name, "email", name.toLowerCase().replace(' ', '.') + "@example.com"),
                tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    private String note(String lead, String text, boolean isPrivate, String token) {
        var response = api.post("/api/v1/leads/" + lead + "/notes", body("body", text, "is_private", isPrivate), token);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }
}
