package io.switchboard.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Each module names its own records for pages of other modules that only hold their ids (the
 * audit log first): one call per entity type and page, answered from the module's own tables.
 * Names are read when shown, never stored with the id, so a rename shows the new name and an
 * erased lead is no longer named anywhere.
 */
public interface EntityNames {

    /** The entity types this module names, as the audit log spells them (table names). */
    Set<String> entityTypes();

    /**
     * The names (and console links) of those of {@code ids} that still exist in the current
     * organization; ids that are deleted, unknown or malformed are left out.
     */
    Map<String, Named> names(String entityType, Collection<String> ids);

    /** The ids that are UUIDs (others cannot name a record and are left out). */
    static List<UUID> uuids(Collection<String> ids) {
        List<UUID> uuids = new ArrayList<>();
        for (String id : ids) {
            try {
                uuids.add(UUID.fromString(id));
            } catch (IllegalArgumentException notAnId) {
                // a composite key ("team:user") or garbage: nothing to name
            }
        }
        return uuids;
    }

    /** Names read from a module's table (id → name), each linked to {@code href} of its id. */
    static Map<String, Named> linked(Map<UUID, String> names, Function<UUID, @Nullable String> href) {
        Map<String, Named> linked = new HashMap<>();
        names.forEach((id, name) -> linked.put(id.toString(), new Named(name, href.apply(id))));
        return linked;
    }

    /** A record's display name and the console page that shows it (null: no page). */
    record Named(String name, @Nullable String href) {}
}
