package io.switchboard.tenancy.internal;

import static io.switchboard.db.Tables.ORGANIZATIONS;
import static io.switchboard.db.Tables.PLATFORM_ORGANIZATIONS;

import io.switchboard.db.tables.records.OrganizationsRecord;
import io.switchboard.shared.OrganizationId;
import io.switchboard.tenancy.Organization;
import io.switchboard.tenancy.OrganizationSummary;
import io.switchboard.tenancy.SubscriptionTier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class Organizations {

    private final DSLContext db;
    private final JsonMapper json;

    Organizations(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    public OrganizationsRecord insert(OrganizationId id, String name, String timezone) {
        OrganizationsRecord record = db.newRecord(ORGANIZATIONS);
        record.setId(id.value());
        record.setName(name);
        record.setTimezone(timezone);
        record.store();
        record.refresh();
        return record;
    }

    /** The organization of the current tenant context (row-level security shows only that one). */
    public Optional<OrganizationsRecord> current() {
        return db.selectFrom(ORGANIZATIONS).fetchOptional();
    }

    public List<OrganizationSummary> all() {
        return db.selectFrom(PLATFORM_ORGANIZATIONS.call())
                .fetch(r -> new OrganizationSummary(
                        OrganizationId.of(r.getId()),
                        r.getName(),
                        r.getStatus(),
                        r.getCreatedAt().toInstant()));
    }

    public JSONB writeSettings(Map<String, Object> settings) {
        return JSONB.valueOf(json.writeValueAsString(settings));
    }

    public Organization toOrganization(OrganizationsRecord r) {
        return new Organization(
                OrganizationId.of(r.getId()),
                r.getName(),
                SubscriptionTier.fromCode(r.getSubscriptionTier()),
                r.getBillingEmail(),
                r.getDefaultRegion(),
                r.getTimezone(),
                json.readValue(r.getSettings().data(), new TypeReference<Map<String, Object>>() {}),
                r.getStatus(),
                r.getCreatedAt().toInstant(),
                r.getUpdatedAt().toInstant());
    }
}
