package io.switchboard.analytics;

import io.switchboard.analytics.internal.QualifiedLeadFacts;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.EntityNames;
import io.switchboard.shared.Reach;
import io.switchboard.shared.RecordReach;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drill list of {@code leads_qualified}: exactly the leads the figure counts (from the facts the
 * rollups are made of), within the caller's reach among leads, named when shown.
 */
@Service
public class QualifiedLeads {

    private final QualifiedLeadFacts facts;
    private final LeadDirectory leads;
    private final List<EntityNames> names;

    QualifiedLeads(QualifiedLeadFacts facts, LeadDirectory leads, List<EntityNames> names) {
        this.facts = facts;
        this.leads = leads;
        this.names = names;
    }

    @Transactional(readOnly = true)
    public CursorPage<QualifiedLead> list(
            QualifiedLeadFilter filter, @Nullable String cursor, @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        @Nullable
        List<UUID> within = RecordReach.current()
                .filter(r -> r.leads() != Reach.ALL)
                .map(r -> leads.idsInReach(r.leads()))
                .orElse(null);
        List<QualifiedLeadFacts.Row> rows = facts.page(filter, within, CursorPage.after(cursor), size + 1);
        Map<UUID, String> leadNames =
                leads.names(rows.stream().map(QualifiedLeadFacts.Row::leadId).toList());
        Map<String, String> owners = owners(rows);
        List<QualifiedLead> page = rows.stream()
                .map(r -> new QualifiedLead(
                        r.leadId(),
                        leadNames.get(r.leadId()),
                        r.status(),
                        r.source(),
                        r.ownerId(),
                        r.ownerId() == null ? null : owners.get(r.ownerId().toString()),
                        r.createdAt(),
                        r.hotCalls() > 0 ? "hot" : "warm",
                        r.qualifyingCalls()))
                .toList();
        return CursorPage.of(page, size, QualifiedLead::id);
    }

    private Map<String, String> owners(List<QualifiedLeadFacts.Row> rows) {
        List<String> ids = rows.stream()
                .map(QualifiedLeadFacts.Row::ownerId)
                .filter(java.util.Objects::nonNull)
                .map(UUID::toString)
                .distinct()
                .toList();
        Map<String, String> named = new HashMap<>();
        if (!ids.isEmpty()) {
            names.stream().filter(n -> n.entityTypes().contains("users")).forEach(n -> n.names("users", ids)
                    .forEach((id, name) -> named.put(id, name.name())));
        }
        return named;
    }
}
