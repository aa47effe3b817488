package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEAD_CUSTOM_FIELDS;

import io.switchboard.db.tables.records.LeadCustomFieldsRecord;
import io.switchboard.leads.CustomField;
import io.switchboard.leads.FieldType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class CustomFields {

    private final DSLContext db;
    private final JsonMapper json;

    CustomFields(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    public List<CustomField> all() {
        return db.selectFrom(LEAD_CUSTOM_FIELDS)
                .orderBy(LEAD_CUSTOM_FIELDS.POSITION, LEAD_CUSTOM_FIELDS.KEY)
                .fetch(this::toField);
    }

    public LeadCustomFieldsRecord newRecord() {
        return db.newRecord(LEAD_CUSTOM_FIELDS);
    }

    public Optional<LeadCustomFieldsRecord> findRecord(UUID id) {
        return db.selectFrom(LEAD_CUSTOM_FIELDS)
                .where(LEAD_CUSTOM_FIELDS.ID.eq(id))
                .fetchOptional();
    }

    public JSONB options(List<String> options) {
        return JSONB.valueOf(json.writeValueAsString(options));
    }

    public CustomField toField(LeadCustomFieldsRecord r) {
        return new CustomField(
                r.getId(),
                r.getKey(),
                r.getLabel(),
                FieldType.fromCode(r.getFieldType()),
                json.readValue(r.getOptions().data(), new TypeReference<List<String>>() {}),
                r.getRequired(),
                r.getPosition());
    }
}
