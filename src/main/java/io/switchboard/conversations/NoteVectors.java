package io.switchboard.conversations;

import io.switchboard.conversations.internal.SemanticIndex;
import io.switchboard.leads.NoteDeleted;
import io.switchboard.leads.NoteWritten;
import io.switchboard.tenancy.TenantTransactions;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps each note's vector for search by meaning: written when module leads says a note was added
 * or edited, dropped when it says the note was deleted. The vector is computed before the
 * transaction opens (it costs CPU, not the database).
 */
@Component
class NoteVectors {

    private final SemanticIndex semantic;
    private final TenantTransactions tenants;

    NoteVectors(SemanticIndex semantic, TenantTransactions tenants) {
        this.semantic = semantic;
        this.tenants = tenants;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(NoteWritten event) {
        float[] vector = semantic.vector(List.of(Segment.of("note", event.body())));
        tenants.run(event, () -> semantic.store(event.organizationId(), event.noteId(), vector));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(NoteDeleted event) {
        tenants.run(event, () -> semantic.forget(event.noteId()));
    }
}
