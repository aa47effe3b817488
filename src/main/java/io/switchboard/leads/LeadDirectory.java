package io.switchboard.leads;

import io.switchboard.leads.internal.LeadReach;
import io.switchboard.leads.internal.Leads;
import io.switchboard.shared.Reach;
import io.switchboard.shared.RecordReach;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads looked up by id for other modules' lists and background work: answers "none" instead of
 * failing (a lead may have been removed since it was referred to), and names for a page of rows in
 * one query.
 */
@Service
public class LeadDirectory {

    private final Leads leads;
    private final LeadReach reach;

    LeadDirectory(Leads leads, LeadReach reach) {
        this.leads = leads;
        this.reach = reach;
    }

    /** The lead, deleted or not, if it exists in this organization. */
    @Transactional(readOnly = true)
    public Optional<Lead> find(LeadId id) {
        return leads.findRecord(id).map(leads::toLead);
    }

    /**
     * Live leads' ids after {@code after} in id order (a scan in batches), optionally only those of
     * one import: a caller reads the leads themselves after it has locked what it writes.
     */
    @Transactional(readOnly = true)
    public List<LeadId> scanIds(@Nullable LeadId after, int limit, @Nullable ImportId importId) {
        return leads
                .scanIds(after == null ? null : after.value(), limit, importId == null ? null : importId.value())
                .stream()
                .map(LeadId::of)
                .toList();
    }

    /**
     * These leads as they are now (deleted or not, missing ones left out), in the order of
     * {@code ids}: read again by those that lock something first, so that they never act on a lead
     * read before a concurrent change committed.
     */
    @Transactional(readOnly = true)
    public List<Lead> get(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Lead> found = new java.util.HashMap<>();
        leads.byIds(ids).forEach(l -> found.put(l.id().value(), l));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Up to {@code max} live leads at random; all of them when there are not more. */
    @Transactional(readOnly = true)
    public List<Lead> sample(int max) {
        return leads.sample(max);
    }

    /** The scores of those of {@code ids} that exist. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> scores(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : leads.scores(ids);
    }

    /**
     * The ids of the live leads the current request reaches at {@code level} (its call reach, say),
     * for other modules' conditions; every lead's for a thread without a reach.
     */
    @Transactional(readOnly = true)
    public List<UUID> idsInReach(Reach level) {
        return RecordReach.current()
                .map(r -> reach.ids(r, level))
                .orElseThrow(() -> new IllegalStateException("no reach on this thread: it reaches every lead"));
    }

    /** The names of those of {@code ids} that exist in this organization. */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : leads.names(ids);
    }
}
