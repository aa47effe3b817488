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
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/** A {@link LeadFilter} as SQL conditions on {@code leads}. */
public final class LeadConditions {

    private LeadConditions() {}

    public static List<Condition> of(LeadFilter filter) {
        List<Condition> where = new ArrayList<>(List.of(LeadReach.condition()));
        where.add(filter.includesDeleted() ? LEADS.DELETED_AT.isNotNull() : LEADS.DELETED_AT.isNull());
        in(where, LEADS.STATUS, filter.status(), Object::toString);
        in(where, LEADS.STAGE_ID, filter.stageId(), StageId::value);
        equal(
                where,
                LEADS.PIPELINE_ID,
                filter.pipelineId() == null ? null : filter.pipelineId().value());
        in(where, LEADS.OWNER_ID, filter.ownerId(), UserId::value);
        if (Boolean.TRUE.equals(filter.unassigned())) {
            where.add(LEADS.OWNER_ID.isNull());
        }
        in(where, LEADS.SOURCE, filter.source(), Object::toString);
        in(where, LEADS.TEMPERATURE, filter.temperature(), Object::toString);
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
        equal(
                where,
                LEADS.PROJECT_ID,
                filter.projectId() == null ? null : filter.projectId().value());
        equal(where, LEADS.MARKETING_CAMPAIGN_ID, filter.marketingCampaignId());
        equal(where, LEADS.VENDOR_ID, filter.vendorId());
        equal(
                where,
                LEADS.IMPORT_ID,
                filter.importId() == null ? null : filter.importId().value());
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

    private static <T, V> void in(
            List<Condition> where, Field<V> column, @Nullable List<T> values, Function<T, V> value) {
        if (notEmpty(values)) {
            where.add(column.in(values.stream().map(value).toList()));
        }
    }

    private static <T> void equal(List<Condition> where, Field<T> column, @Nullable T value) {
        if (value != null) {
            where.add(column.eq(value));
        }
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
