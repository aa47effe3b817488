package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEAD_IMPORT_MAPPINGS;

import io.switchboard.shared.TenantContext;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Column mappings the organization used before, by the file's header line. */
@Repository
public class ImportMappings {

    private final DSLContext db;
    private final JsonMapper json;

    ImportMappings(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    public Optional<Map<String, String>> remembered(String headerKey) {
        return db.select(LEAD_IMPORT_MAPPINGS.MAPPING)
                .from(LEAD_IMPORT_MAPPINGS)
                .where(LEAD_IMPORT_MAPPINGS.HEADER_KEY.eq(headerKey))
                .fetchOptional(r -> read(r.value1()));
    }

    public void remember(String headerKey, Map<String, String> mapping) {
        JSONB value = JSONB.valueOf(json.writeValueAsString(mapping));
        db.insertInto(LEAD_IMPORT_MAPPINGS)
                .set(
                        LEAD_IMPORT_MAPPINGS.ORGANIZATION_ID,
                        TenantContext.require().value())
                .set(LEAD_IMPORT_MAPPINGS.HEADER_KEY, headerKey)
                .set(LEAD_IMPORT_MAPPINGS.MAPPING, value)
                .onConflict(LEAD_IMPORT_MAPPINGS.ORGANIZATION_ID, LEAD_IMPORT_MAPPINGS.HEADER_KEY)
                .doUpdate()
                .set(LEAD_IMPORT_MAPPINGS.MAPPING, value)
                .set(LEAD_IMPORT_MAPPINGS.UPDATED_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    public Map<String, String> read(JSONB value) {
        return json.readValue(value.data(), new TypeReference<Map<String, String>>() {});
    }

    public JSONB write(Map<String, String> mapping) {
        return JSONB.valueOf(json.writeValueAsString(mapping));
    }
}
