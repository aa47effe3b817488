package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEADS;
import static io.switchboard.db.Tables.LEAD_NOTES;

import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.StageId;
import io.switchboard.shared.UserId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** A {@link LeadFilter} as SQL conditions on {@code leads}. */
public final class LeadConditions {

    /** Exactly the expression of the trigram index {@code leads_text_trgm}, so searches use it. */
    static final Field<String> SEARCH_TEXT = DSL.field(
            "lower({0} || ' ' || coalesce({1}, '') || ' ' || coalesce({2}, '') || ' ' || coalesce({3}, ''))",
            String.class, LEADS.NAME, LEADS.COMPANY, LEADS.EMAIL, LEADS.PHONE);

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

    /** Name, e-mail, phone, company (one trigram index), or the text of a shared note. */
    private static Condition text(String q) {
        String pattern = "%"
                + q.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        return SEARCH_TEXT
                .like(pattern)
                .or(DSL.exists(DSL.selectOne()
                        .from(LEAD_NOTES)
                        .where(LEAD_NOTES.ORGANIZATION_ID.eq(LEADS.ORGANIZATION_ID))
                        .and(LEAD_NOTES.LEAD_ID.eq(LEADS.ID))
                        .and(LEAD_NOTES.IS_PRIVATE.isFalse())
                        .and(LEAD_NOTES.DELETED_AT.isNull())
                        .and(DSL.lower(LEAD_NOTES.BODY).like(pattern))));
    }

    private static boolean notEmpty(java.util.@org.jspecify.annotations.Nullable Collection<?> values) {
        return values != null && !values.isEmpty();
    }
}
