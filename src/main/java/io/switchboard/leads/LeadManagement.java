package io.switchboard.leads;

import io.switchboard.billing.Credits;
import io.switchboard.db.tables.records.LeadsRecord;
import io.switchboard.leads.internal.Activities;
import io.switchboard.leads.internal.CustomFields;
import io.switchboard.leads.internal.LeadReads;
import io.switchboard.leads.internal.LeadRows;
import io.switchboard.leads.internal.Leads;
import io.switchboard.leads.internal.People;
import io.switchboard.leads.internal.ScoreCursor;
import io.switchboard.leads.internal.Stakeholders;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import io.switchboard.tenancy.OrganizationManagement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Capturing, reading, changing, deleting and restoring leads. */
@Service
public class LeadManagement {

    private final Leads leads;
    private final Stakeholders stakeholders;
    private final LeadReads reads;
    private final LeadPlacement placement;
    private final CustomFields customFields;
    private final Activities activities;
    private final LeadChangeRecorder changes;
    private final OrganizationManagement organizations;
    private final People people;
    private final Credits credits;
    private final ApplicationEventPublisher events;

    LeadManagement(
            Leads leads,
            Stakeholders stakeholders,
            LeadReads reads,
            LeadPlacement placement,
            CustomFields customFields,
            Activities activities,
            LeadChangeRecorder changes,
            OrganizationManagement organizations,
            People people,
            Credits credits,
            ApplicationEventPublisher events) {
        this.leads = leads;
        this.stakeholders = stakeholders;
        this.reads = reads;
        this.placement = placement;
        this.customFields = customFields;
        this.activities = activities;
        this.changes = changes;
        this.organizations = organizations;
        this.people = people;
        this.credits = credits;
        this.events = events;
    }

    /**
     * Captures a lead. Unless {@link NewLead#allowDuplicate()}, a lead matching an existing one by
     * phone, e-mail, or company and a similar name is refused with {@link DuplicateLead}.
     */
    @Transactional
    public Lead create(NewLead command, @Nullable UUID actor) {
        ContactRules.Contact contact = ContactRules.normalize(
                command.name(),
                command.email(),
                command.phone(),
                command.timezone(),
                command.company(),
                command.linkedinUrl(),
                organizations.current().defaultRegion());
        Map<String, Object> custom = CustomFieldPolicy.validate(
                command.customFields() == null ? Map.of() : command.customFields(), customFields.all(), true);
        UserId owner = LeadOwnership.ownerOfNew(command.ownerId());
        if (command.ownerId() != null) {
            people.active(command.ownerId(), "owner_id");
        }
        if (!command.allowDuplicate()) {
            leads.findDuplicate(contact.phone(), contact.email(), contact.name(), contact.company(), null)
                    .ifPresent(d -> {
                        throw new DuplicateLead(d.leadId(), d.name(), d.matchedOn());
                    });
        }
        LeadsRecord record = leads.newRecord();
        LeadId id = LeadId.generate();
        record.setId(id.value());
        applyContact(record, contact);
        record.setSource(orDefault(command.source(), LeadSource.MANUAL).toString());
        record.setStatus(orDefault(command.status(), LeadStatus.NEW).toString());
        record.setTemperature(orDefault(command.temperature(), Temperature.COLD).toString());
        record.setScore(score(command.score() == null ? 0 : command.score()));
        placement.place(record, command.stageId());
        record.setExpectedCloseDate(command.expectedCloseDate());
        record.setOwnerId(owner == null ? null : owner.value());
        record.setProjectId(
                command.projectId() == null ? null : command.projectId().value());
        record.setVendorId(command.vendorId());
        record.setMarketingCampaignId(command.marketingCampaignId());
        record.setCustomFields(leads.writeJson(custom));
        record.setCreatedBy(actor);
        record.store();
        if (command.stakeholders() != null) {
            stakeholders.add(id, command.stakeholders());
        }
        events.publishEvent(new LeadCreated(
                record.getOrganizationId(), id, record.getName(), LeadSource.fromCode(record.getSource()), owner));
        return get(id);
    }

    @Transactional(readOnly = true)
    public Lead get(LeadId id) {
        return leads.findRecord(id).map(leads::toLead).orElseThrow(() -> new NotFound("lead", id));
    }

    @Transactional(readOnly = true)
    public List<Stakeholder> stakeholders(LeadId id) {
        get(id);
        return stakeholders.of(id);
    }

    /** A lead and its stakeholders (the API's lead read: one exchange with the database, see LeadReads). */
    public LeadDetails details(LeadId id) {
        return reads.details(id).orElseThrow(() -> new NotFound("lead", id));
    }

    @Transactional
    public Stakeholder addStakeholder(LeadId id, NewStakeholder stakeholder, @Nullable UUID actor) {
        get(id);
        stakeholders.add(id, List.of(stakeholder));
        activities.record(
                id,
                ActivityKind.STAKEHOLDER_ADDED,
                actor,
                "Stakeholder added: " + stakeholder.name()
                        + (stakeholder.role() == null ? "" : " (" + stakeholder.role() + ")"),
                Map.of());
        return stakeholders.of(id).stream()
                .filter(s -> s.name().equals(stakeholder.name().strip()))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    @Transactional
    public void removeStakeholder(LeadId id, UUID stakeholder) {
        get(id);
        if (!stakeholders.remove(id, stakeholder)) {
            throw new NotFound("stakeholder", stakeholder);
        }
    }

    @Transactional(readOnly = true)
    public CursorPage<Lead> list(LeadFilter filter, @Nullable String cursor, @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        return CursorPage.of(leads.list(filter, CursorPage.after(cursor), size), size, l -> l.id().value());
    }

    /** A page in the given order; sorting by score walks the score indexes with a (score, id) keyset. */
    @Transactional(readOnly = true)
    public CursorPage<Lead> list(LeadFilter filter, LeadSort sort, @Nullable String cursor, @Nullable Integer limit) {
        if (sort == LeadSort.NEWEST) {
            return list(filter, cursor, limit);
        }
        int size = CursorPage.limit(limit);
        List<Lead> rows = leads.listByScore(filter, sort == LeadSort.SCORE_DESC, ScoreCursor.decode(cursor), size);
        if (rows.size() <= size) {
            return new CursorPage<>(rows, null);
        }
        Lead last = rows.get(size - 1);
        return new CursorPage<>(
                List.copyOf(rows.subList(0, size)),
                new ScoreCursor(last.score(), last.id().value()).encode());
    }

    /** The ids of the leads a filter means, newest first, at most {@code max}. */
    @Transactional(readOnly = true)
    public List<LeadId> ids(LeadFilter filter, int max) {
        return leads.ids(filter, max).stream().map(LeadId::of).toList();
    }

    @Transactional(readOnly = true)
    public int count(LeadFilter filter) {
        return leads.count(filter);
    }

    @Transactional
    public Lead update(LeadId id, LeadChanges update, @Nullable UUID actor) {
        LeadsRecord record = leads.lockRecord(id).orElseThrow(() -> new NotFound("lead", id));
        Lead before = leads.toLead(record);
        if (before.isDeleted()) {
            throw new InvalidInput("lead", "lead_deleted", "restore the lead before changing it");
        }
        LeadEdits.apply(record, update, organizations.current().defaultRegion(), customFields.all(), leads);
        LeadRows.setValue(
                record,
                new WonValue(before.valueMinor(), before.currency())
                        .change(update.valueMinor(), update.currency(), currency()));
        if (update.stageId() != null) {
            placement.place(record, update.stageId().orElse(null));
        } else if (update.status() != null && record.getPipelineId() != null) {
            placement.followStatus(record);
        }
        if (update.email() != null || update.phone() != null) {
            leads.findDuplicate(record.getPhone(), record.getEmail(), record.getName(), null, id.value())
                    .ifPresent(d -> {
                        throw new DuplicateLead(d.leadId(), d.name(), d.matchedOn());
                    });
        }
        record.store();
        Lead after = leads.toLead(record);
        changes.recorded(before, after, actor);
        return after;
    }

    /** The organization's currency (its credit's): won values without one are in it. */
    @Transactional(readOnly = true)
    public String currency() {
        return credits.balance().currency();
    }

    @Transactional
    public void delete(LeadId id, @Nullable UUID actor) {
        Lead lead = get(id);
        if (leads.softDelete(List.of(id.value())) == 1) {
            activities.record(id, ActivityKind.DELETED, actor, "Lead deleted", Map.of());
            events.publishEvent(new LeadDeleted(TenantContext.require().value(), lead.id()));
        }
    }

    @Transactional
    public Lead restore(LeadId id, @Nullable UUID actor) {
        LeadsRecord record = leads.lockRecord(id).orElseThrow(() -> new NotFound("lead", id));
        if (record.getDeletedAt() == null) {
            return leads.toLead(record);
        }
        if (record.getMergedIntoId() != null) {
            throw new InvalidInput("lead", "lead_merged", "this lead was merged into " + record.getMergedIntoId());
        }
        leads.findDuplicate(record.getPhone(), record.getEmail(), record.getName(), record.getCompany(), id.value())
                .ifPresent(d -> {
                    throw new DuplicateLead(d.leadId(), d.name(), d.matchedOn());
                });
        record.setDeletedAt(null);
        record.store();
        activities.record(id, ActivityKind.RESTORED, actor, "Lead restored", Map.of());
        return leads.toLead(record);
    }

    /** Marks a contact attempt or conversation (calls and messages call this). */
    @Transactional
    public void engaged(LeadId id, Instant at) {
        leads.findRecord(id).ifPresent(record -> {
            if (record.getLastEngagementAt() == null
                    || record.getLastEngagementAt().toInstant().isBefore(at)) {
                record.setLastEngagementAt(at.atOffset(ZoneOffset.UTC));
                record.store();
            }
        });
    }

    static void applyContact(LeadsRecord record, ContactRules.Contact contact) {
        record.setName(contact.name());
        record.setEmail(contact.email());
        record.setPhone(contact.phone());
        record.setPhoneRegion(contact.phoneRegion());
        record.setTimezone(contact.timezone());
        record.setCompany(contact.company());
        record.setLinkedinUrl(contact.linkedinUrl());
    }

    static int score(int score) {
        if (score < 0 || score > 100) {
            throw new InvalidInput("score", "invalid_score", "must be between 0 and 100");
        }
        return score;
    }

    private static <T> T orDefault(@Nullable T value, T fallback) {
        return value == null ? fallback : value;
    }
}
