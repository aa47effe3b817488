package io.switchboard.leads;

import io.switchboard.db.tables.records.LeadsRecord;
import io.switchboard.leads.internal.Activities;
import io.switchboard.leads.internal.Assignments;
import io.switchboard.leads.internal.Leads;
import io.switchboard.leads.internal.Notes;
import io.switchboard.leads.internal.Stakeholders;
import io.switchboard.leads.internal.Tasks;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate into the lead that survives. The survivor keeps its own values, takes the
 * duplicate's where it has none, and inherits the duplicate's whole history (timeline, notes,
 * tasks, assignments, stakeholders). The duplicate stays, deleted, pointing at the survivor.
 */
@Service
public class LeadMerging {

    private final Leads leads;
    private final Stakeholders stakeholders;
    private final Activities activities;
    private final Notes notes;
    private final Tasks tasks;
    private final Assignments assignments;
    private final ApplicationEventPublisher events;

    LeadMerging(
            Leads leads,
            Stakeholders stakeholders,
            Activities activities,
            Notes notes,
            Tasks tasks,
            Assignments assignments,
            ApplicationEventPublisher events) {
        this.leads = leads;
        this.stakeholders = stakeholders;
        this.activities = activities;
        this.notes = notes;
        this.tasks = tasks;
        this.assignments = assignments;
        this.events = events;
    }

    @Transactional
    public Lead merge(LeadId survivorId, LeadId duplicateId, @Nullable UUID actor) {
        if (survivorId.equals(duplicateId)) {
            throw new InvalidInput("duplicate_id", "same_lead", "a lead cannot be merged into itself");
        }
        LeadsRecord survivor = live(survivorId, "lead");
        LeadsRecord duplicate = live(duplicateId, "duplicate_id");
        fillGaps(survivor, duplicate);
        survivor.store();
        duplicate.setMergedIntoId(survivorId.value());
        duplicate.setDeletedAt(OffsetDateTime.now());
        duplicate.store();
        int moved = activities.move(duplicateId, survivorId)
                + notes.move(duplicateId, survivorId)
                + tasks.move(duplicateId, survivorId)
                + assignments.move(duplicateId, survivorId)
                + stakeholders.move(duplicateId, survivorId);
        activities.record(
                survivorId,
                ActivityKind.MERGED,
                actor,
                "Merged with " + duplicate.getName(),
                Map.of("merged_lead_id", duplicateId.toString(), "records_moved", moved));
        events.publishEvent(new LeadsMerged(survivor.getOrganizationId(), survivorId, duplicateId));
        return leads.toLead(survivor);
    }

    private LeadsRecord live(LeadId id, String field) {
        LeadsRecord record = leads.lockRecord(id).orElseThrow(() -> new NotFound("lead", id));
        if (record.getDeletedAt() != null) {
            throw new InvalidInput(field, "lead_deleted", "lead " + id + " is deleted");
        }
        return record;
    }

    private void fillGaps(LeadsRecord survivor, LeadsRecord duplicate) {
        fill(survivor::getEmail, duplicate.getEmail(), survivor::setEmail);
        if (survivor.getPhone() == null && duplicate.getPhone() != null) {
            survivor.setPhone(duplicate.getPhone());
            survivor.setPhoneRegion(duplicate.getPhoneRegion());
        }
        fill(survivor::getTimezone, duplicate.getTimezone(), survivor::setTimezone);
        fill(survivor::getCompany, duplicate.getCompany(), survivor::setCompany);
        fill(survivor::getLinkedinUrl, duplicate.getLinkedinUrl(), survivor::setLinkedinUrl);
        fill(survivor::getExpectedCloseDate, duplicate.getExpectedCloseDate(), survivor::setExpectedCloseDate);
        fill(survivor::getOwnerId, duplicate.getOwnerId(), survivor::setOwnerId);
        fill(survivor::getProjectId, duplicate.getProjectId(), survivor::setProjectId);
        fill(survivor::getLastEngagementAt, duplicate.getLastEngagementAt(), survivor::setLastEngagementAt);
        survivor.setScore(Math.max(survivor.getScore(), duplicate.getScore()));
        if (rank(duplicate.getTemperature()) > rank(survivor.getTemperature())) {
            survivor.setTemperature(duplicate.getTemperature());
        }
        Map<String, Object> custom = new LinkedHashMap<>(leads.readJson(duplicate.getCustomFields()));
        custom.putAll(leads.readJson(survivor.getCustomFields()));
        survivor.setCustomFields(leads.writeJson(custom));
    }

    private static <T> void fill(Supplier<@Nullable T> current, @Nullable T other, Consumer<T> setter) {
        if (current.get() == null && other != null) {
            setter.accept(other);
        }
    }

    private static int rank(String temperature) {
        return switch (Temperature.fromCode(temperature)) {
            case HOT -> 3;
            case WARM -> 2;
            case COLD -> 1;
        };
    }
}
