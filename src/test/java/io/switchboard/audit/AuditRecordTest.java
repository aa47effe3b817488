package io.switchboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditRecordTest {

    @Test
    void aRecordStartsAsASuccessByTheCallerWithTheEntityIdAsText() {
        UUID entity = UUID.randomUUID();
        AuditRecord record = AuditRecord.of("user.signed_in", "user", entity);
        assertThat(record.entityId()).isEqualTo(entity.toString());
        assertThat(record.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(record.actorId()).as("the transaction's caller fills it in").isNull();
        assertThat(AuditRecord.of("org.exported", "organization", null).entityId())
                .isNull();
    }

    @Test
    void eachRefinementChangesOnlyItsOwnField() {
        UUID actor = UUID.randomUUID();
        Map<String, Object> before = Map.of("role", "agent");
        Map<String, Object> after = Map.of("role", "admin");
        AuditRecord record = AuditRecord.of("user.role_changed", "user", "u-1")
                .outcome(Outcome.DENIED)
                .by(actor)
                .values(before, after);

        assertThat(record)
                .isEqualTo(new AuditRecord("user.role_changed", "user", "u-1", before, after, Outcome.DENIED, actor));
        // In the other order: a denial recorded after naming the actor must keep the actor.
        assertThat(AuditRecord.of("a", "b", "c").values(before, after).by(actor).outcome(Outcome.FAILURE))
                .isEqualTo(new AuditRecord("a", "b", "c", before, after, Outcome.FAILURE, actor));
    }

    @Test
    void codesAreTheStoredFormAndParseBack() {
        // These codes are what the database's check constraints and the search filters hold.
        assertThat(Outcome.DENIED).hasToString("denied");
        assertThat(Severity.values())
                .allSatisfy(s -> assertThat(Severity.fromCode(s.toString())).isEqualTo(s));
        assertThat(SecurityEventKind.WEBHOOK_SIGNATURE_INVALID).hasToString("webhook_signature_invalid");
        assertThat(SecurityEventKind.fromCode(" Sign_In_Failed ")).isEqualTo(SecurityEventKind.SIGN_IN_FAILED);
        assertThat(Outcome.fromCode("failure")).isEqualTo(Outcome.FAILURE);
        assertThatThrownBy(() -> Outcome.fromCode("maybe"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("success, failure, denied");
    }
}
