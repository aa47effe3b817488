package io.switchboard.compliance.internal;

import static io.switchboard.db.Tables.DNC_IMPORTS;

import io.switchboard.compliance.DncImport;
import io.switchboard.compliance.DncImportId;
import io.switchboard.db.tables.records.DncImportsRecord;
import io.switchboard.shared.TenantContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The reports of do-not-call CSV imports. */
@Repository
public class DncImports {

    private final DSLContext db;
    private final JsonMapper json;

    DncImports(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The import's row, before its entries (which reference it) are written. */
    public void start(DncImportId id, String fileName, UUID createdBy) {
        db.insertInto(DNC_IMPORTS)
                .set(DNC_IMPORTS.ORGANIZATION_ID, TenantContext.require().value())
                .set(DNC_IMPORTS.ID, id.value())
                .set(DNC_IMPORTS.FILE_NAME, fileName)
                .set(DNC_IMPORTS.ROWS, 0)
                .set(DNC_IMPORTS.ADDED, 0)
                .set(DNC_IMPORTS.DUPLICATES, 0)
                .set(DNC_IMPORTS.INVALID, 0)
                .set(DNC_IMPORTS.CREATED_BY, createdBy)
                .execute();
    }

    /** The final counts; the database checks that they account for every row. */
    public DncImport finish(DncImportId id, int rows, int added, List<DncImport.Problem> problems) {
        int duplicates = (int)
                problems.stream().filter(p -> p.outcome().equals("duplicate")).count();
        return db.update(DNC_IMPORTS)
                .set(DNC_IMPORTS.ROWS, rows)
                .set(DNC_IMPORTS.ADDED, added)
                .set(DNC_IMPORTS.DUPLICATES, duplicates)
                .set(DNC_IMPORTS.INVALID, problems.size() - duplicates)
                .set(DNC_IMPORTS.PROBLEMS, JSONB.valueOf(json.writeValueAsString(problems)))
                .where(DNC_IMPORTS.ID.eq(id.value()))
                .returning()
                .fetchSingle(this::toImport);
    }

    public Optional<DncImport> find(DncImportId id) {
        return db.selectFrom(DNC_IMPORTS).where(DNC_IMPORTS.ID.eq(id.value())).fetchOptional(this::toImport);
    }

    DncImport toImport(DncImportsRecord r) {
        List<DncImport.Problem> problems =
                json.readValue(r.getProblems().data(), new TypeReference<List<DncImport.Problem>>() {});
        return new DncImport(
                DncImportId.of(r.getId()),
                r.getFileName(),
                r.getRows(),
                r.getAdded(),
                r.getDuplicates(),
                r.getInvalid(),
                problems,
                r.getCreatedBy(),
                r.getCreatedAt().toInstant());
    }
}
