package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEADS;
import static io.switchboard.db.Tables.SEARCH_LEAD_IDS;

import io.switchboard.db.tables.SearchLeadIds;
import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.StageId;
import io.switchboard.shared.UserId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** A {@link LeadFilter} as SQL conditions on {@code leads}. */
public final class LeadConditions {

    private LeadConditions() {}

    public static List<Condition> of(LeadFilter filter) {
        List<Condition> where = new ArrayList<>(List.of(LeadReach.condition()));
        where.add(filter.includesDeleted() ? LEADS.DELETED_AT.isNotNull() : LEADS.DELETED_AT.isNull());
        if (notEmpty(filter.status())) {
            where.add(LEADS.STATUS.in(
                    filter.status().stream().map(Object::toString).toList()));
        }
        if (notEmpty(filter.stageId())) {
            where.add(LEADS.STAGE_ID.in(
                    filter.stageId().stream().map(StageId::value).toList()));
        }
        if (filter.pipelineId() != null) {
            where.add(LEADS.PIPELINE_ID.eq(filter.pipelineId().value()));
        }
        if (notEmpty(filter.ownerId())) {
            where.add(LEADS.OWNER_ID.in(
                    filter.ownerId().stream().map(UserId::value).toList()));
        }
        if (Boolean.TRUE.equals(filter.unassigned())) {
            where.add(LEADS.OWNER_ID.isNull());
        }
        if (notEmpty(filter.source())) {
            where.add(LEADS.SOURCE.in(
                    filter.source().stream().map(Object::toString).toList()));
        }
        if (notEmpty(filter.temperature())) {
            where.add(LEADS.TEMPERATURE.in(
                    filter.temperature().stream().map(Object::toString).toList()));
        }
        if (filter.scoreMin() != null) {
            where.add(LEADS.SCORE.ge(filter.scoreMin()));
        }
        if (filter.scoreMax() != null) {
            where.add(LEADS.SCORE.le(filter.scoreMax()));
        }
        if (filter.createdAfter() != null) {
            where.add(LEADS.CREATED_AT.ge(filter.createdAfter().atOffset(ZoneOffset.UTC)));
        }
        if (filter.createdBefore() != null) {
            where.add(LEADS.CREATED_AT.lt(filter.createdBefore().atOffset(ZoneOffset.UTC)));
        }
        if (filter.projectId() != null) {
            where.add(LEADS.PROJECT_ID.eq(filter.projectId().value()));
        }
        if (filter.vendorId() != null) {
            where.add(LEADS.VENDOR_ID.eq(filter.vendorId()));
        }
        if (filter.importId() != null) {
            where.add(LEADS.IMPORT_ID.eq(filter.importId().value()));
        }
        if (filter.hasPhone() != null) {
            where.add(filter.hasPhone() ? LEADS.PHONE.isNotNull() : LEADS.PHONE.isNull());
        }
        if (filter.custom() != null) {
            for (Map.Entry<String, String> entry : filter.custom().entrySet()) {
                where.add(DSL.field("{0} ->> {1}", String.class, LEADS.CUSTOM_FIELDS, DSL.inline(entry.getKey()))
                        .eq(entry.getValue()));
            }
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add(text(filter.q()));
        }
        return where;
    }

    /**
     * Name, e-mail, phone, company, or the text of a shared note, each through its trigram index by
     * {@code search_lead_ids} (V117): written here as "matches OR EXISTS (a note that matches)", row-level
     * security kept PostgreSQL from using either index and every lead of the organization was read.
     */
    private static Condition text(String q) {
        String pattern = "%"
                + q.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        SearchLeadIds matching = SEARCH_LEAD_IDS.call(pattern);
        return LEADS.ID.in(DSL.select(matching.LEAD_ID).from(matching));
    }

    private static boolean notEmpty(java.util.@org.jspecify.annotations.Nullable Collection<?> values) {
        return values != null && !values.isEmpty();
    }
}
