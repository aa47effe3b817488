package io.switchboard.audit.web;

import io.switchboard.audit.AuditEntry;
import io.switchboard.shared.EntityNames;
import io.switchboard.shared.EntityNames.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Asks the modules that own the people and records a page of entries mentions for their names:
 * one call per type and page. The audit module reads no other module's tables.
 */
@Component
class AuditNames {

    private final List<EntityNames> modules;

    AuditNames(List<EntityNames> modules) {
        this.modules = modules;
    }

    List<Row> sentences(List<AuditEntry> entries) {
        Map<String, Map<String, Named>> found = new HashMap<>();
        AuditSentences.references(entries).forEach((type, ids) -> modules.stream()
                .filter(m -> m.entityTypes().contains(type))
                .findFirst()
                .ifPresent(m -> found.put(type, m.names(type, ids))));
        AuditSentences.Names names =
                (type, id) -> found.getOrDefault(type, Map.of()).get(id);
        return entries.stream()
                .map(e -> new Row(e, AuditSentences.render(e, names)))
                .toList();
    }

    /** An entry and how it reads. */
    record Row(AuditEntry entry, AuditSentence sentence) {}
}
