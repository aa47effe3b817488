package io.switchboard.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.audit.AuditEntry;
import io.switchboard.audit.Outcome;
import io.switchboard.shared.EntityNames.Named;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AuditSentencesTest {

    static final UUID ALEX = UUID.randomUUID();
    static final String HANNAH = UUID.randomUUID().toString();
    static final String WON = UUID.randomUUID().toString();
    static final String CAMPAIGN = UUID.randomUUID().toString();

    static final Map<String, Named> KNOWN = Map.of(
            "users/" + ALEX, new Named("Alex Admin", "/users"),
            "leads/" + HANNAH, new Named("Hannah Schultz", "/leads/" + HANNAH),
            "pipeline_stages/" + WON, new Named("Won", null),
            "campaigns/" + CAMPAIGN, new Named("Spring Open House", "/campaigns/" + CAMPAIGN));

    static final AuditSentences.Names NAMES = (type, id) -> KNOWN.get(type + "/" + id);

    static AuditEntry entry(
            @Nullable UUID actor,
            String action,
            String type,
            @Nullable String id,
            @Nullable Map<String, Object> before,
            @Nullable Map<String, Object> after) {
        return new AuditEntry(
                UUID.randomUUID(),
                1,
                Instant.now(),
                actor == null ? "system" : "user",
                actor,
                action,
                type,
                id,
                before,
                after,
                Outcome.SUCCESS,
                null,
                null,
                "hash");
    }

    static Map<String, Object> values(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void oneChangedFieldReadsFromOldToNew() {
        var sentence = AuditSentences.render(
                entry(ALEX, "leads.updated", "leads", HANNAH, values("status", "new"), values("status", "converted")),
                NAMES);

        assertThat(sentence.text()).isEqualTo("Alex Admin changed Status of Hannah Schultz from new → converted");
        assertThat(sentence.parts())
                .contains(new AuditSentence.Part("Hannah Schultz", "/leads/" + HANNAH))
                .contains(new AuditSentence.Part("Alex Admin", "/users"));
    }

    @Test
    void severalChangedFieldsAreListedWithTheirValuesNamed() {
        var sentence = AuditSentences.render(
                entry(
                        ALEX,
                        "leads.updated",
                        "leads",
                        HANNAH,
                        values("status", "new", "stage_id", null, "assigned_to", null),
                        values("status", "converted", "stage_id", WON, "assigned_to", ALEX.toString())),
                NAMES);

        assertThat(sentence.text()).isEqualTo("Alex Admin changed Status, Pipeline stage and Owner of Hannah Schultz");
        assertThat(sentence.changes())
                .containsExactly(
                        new AuditSentence.Change("Status", "new", "converted"),
                        new AuditSentence.Change("Pipeline stage", null, "Won"),
                        new AuditSentence.Change("Owner", null, "Alex Admin"));
    }

    @Test
    void creationNamesWhatWasCreatedAndHidesBookkeeping() {
        var sentence = AuditSentences.render(
                entry(ALEX, "leads.created", "leads", HANNAH, null, values("id", HANNAH, "name", "Hannah Schultz")),
                NAMES);

        assertThat(sentence.text()).isEqualTo("Alex Admin created Hannah Schultz");
        assertThat(sentence.changes()).containsExactly(new AuditSentence.Change("Name", null, "Hannah Schultz"));
    }

    @Test
    void anInvitationSaysWhoWasInvitedAsWhat() {
        var sentence = AuditSentences.render(
                entry(
                        ALEX,
                        "user_invitations.created",
                        "user_invitations",
                        UUID.randomUUID().toString(),
                        null,
                        values("email", "sam@acme.example", "role", "agent")),
                NAMES);

        assertThat(sentence.text()).isEqualTo("Alex Admin invited sam@acme.example as Agent");
    }

    @Test
    void aDeletionNamesRecordsButNeverAPersonFromTheOldValues() {
        var team = AuditSentences.render(
                entry(
                        ALEX,
                        "teams.deleted",
                        "teams",
                        UUID.randomUUID().toString(),
                        values("name", "Client Care"),
                        null),
                NAMES);
        var lead = AuditSentences.render(
                entry(ALEX, "leads.deleted", "leads", HANNAH, values("name", "Hannah Schultz"), null), NAMES);

        assertThat(team.text()).isEqualTo("Alex Admin deleted team Client Care");
        assertThat(lead.text()).isEqualTo("Alex Admin deleted a lead");
    }

    @Test
    void theSystemAsActorAndTheReasonItGives() {
        var sentence = AuditSentences.render(
                entry(
                        null,
                        "campaigns.updated",
                        "campaigns",
                        CAMPAIGN,
                        values("status", "active", "completion_reason", null),
                        values("status", "completed", "completion_reason", "budget_spent")),
                NAMES);
        var paused = AuditSentences.render(
                entry(null, "campaign.paused", "campaign", CAMPAIGN, null, values("status", "paused")), NAMES);

        assertThat(sentence.text()).isEqualTo("The system completed campaign Spring Open House: budget spent");
        assertThat(paused.text()).isEqualTo("The system paused campaign Spring Open House");
    }

    @Test
    void somethingDeletedSinceReadsAsADeletedThingAndNoIdIsEverShown() {
        String gone = UUID.randomUUID().toString();
        UUID goneUser = UUID.randomUUID();
        var sentence = AuditSentences.render(
                entry(
                        goneUser,
                        "leads.updated",
                        "leads",
                        gone,
                        values("last_call_id", null),
                        values("last_call_id", UUID.randomUUID().toString())),
                NAMES);
        var lead = AuditSentences.render(
                entry(ALEX, "leads.updated", "leads", gone, values("stage_id", WON), values("stage_id", gone)), NAMES);

        assertThat(lead.text())
                .isEqualTo("Alex Admin changed Pipeline stage of a deleted lead from Won → a deleted pipeline stage");
        assertThat(sentence.text())
                .isEqualTo("A deleted user changed Last call of a deleted lead from none → (a record)");
        assertThat(sentence.changes().getFirst().after()).isEqualTo("(a record)");
        assertThat(sentence.text() + sentence.changes()).doesNotContain(gone).doesNotContain(goneUser.toString());
    }

    @Test
    void aPageAsksForEveryPersonAndRecordItMentionsInOneGoPerType() {
        var entries = List.of(
                entry(ALEX, "leads.updated", "leads", HANNAH, values("stage_id", null), values("stage_id", WON)),
                entry(null, "campaign.paused", "campaign", CAMPAIGN, null, null));

        assertThat(AuditSentences.references(entries))
                .containsEntry("users", java.util.Set.of(ALEX.toString()))
                .containsEntry("leads", java.util.Set.of(HANNAH))
                .containsEntry("pipeline_stages", java.util.Set.of(WON))
                .containsEntry("campaigns", java.util.Set.of(CAMPAIGN));
    }
}
