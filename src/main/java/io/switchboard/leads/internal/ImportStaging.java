package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEAD_IMPORT_ROWS;

import io.switchboard.leads.ImportId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stages an import's rows. PostgreSQL refuses {@code COPY FROM} into tables under row-level
 * security, so rows are copied into a temporary table of the transaction, de-duplicated there with
 * set-based SQL (within the file, then against existing leads), and persisted in one
 * {@code INSERT … SELECT} into {@code lead_import_rows}, where row-level security applies.
 */
@Repository
public class ImportStaging {

    static final String COLUMNS =
            "row_no, outcome, reason, raw, lead_id, name, email, phone, phone_region, timezone, company,"
                    + " linkedin_url, status, temperature, score, expected_close_date, custom_fields";

    /** Classifies the staged rows (see {@link #classifyAndPersist}); {0} the organization, {1} the import. */
    private static final String CLASSIFY =
            """
            WITH existing AS (
              SELECT l.id, s.row_no, 1 AS rank FROM import_stage s JOIN leads l ON l.phone = s.phone
              WHERE s.outcome = 'valid' AND l.organization_id = {0} AND l.deleted_at IS NULL
              UNION ALL
              SELECT l.id, s.row_no, 2 FROM import_stage s JOIN leads l ON l.email = s.email
              WHERE s.outcome = 'valid' AND l.organization_id = {0} AND l.deleted_at IS NULL
            ), duplicates AS (
              SELECT DISTINCT ON (row_no) row_no, 'duplicate of existing lead ' || id AS duplicate_of
              FROM existing ORDER BY row_no, rank, id
            ), kept AS (
              INSERT INTO lead_import_rows (organization_id, import_id, row_no, outcome, reason, raw, lead_id, name, email,
                                            phone, phone_region, timezone, company, linkedin_url, status, temperature,
                                            score, expected_close_date, custom_fields)
              SELECT {0}, {1}, s.row_no, CASE WHEN d.duplicate_of IS NOT NULL THEN 'duplicate' ELSE s.outcome END,
                     coalesce(s.reason, d.duplicate_of),
                     CASE WHEN s.outcome <> 'valid' OR d.duplicate_of IS NOT NULL THEN s.raw END,
                     s.lead_id, s.name, s.email, s.phone, s.phone_region, s.timezone, s.company, s.linkedin_url, s.status,
                     s.temperature, s.score, s.expected_close_date, s.custom_fields
              FROM import_stage s
              LEFT JOIN duplicates d ON d.row_no = s.row_no
              RETURNING outcome
            )
            SELECT count(*), count(*) FILTER (WHERE outcome = 'valid'), count(*) FILTER (WHERE outcome = 'invalid'),
                   count(*) FILTER (WHERE outcome = 'duplicate')
            FROM kept""";

    private final DataSource dataSource;
    private final DSLContext db;
    private final JsonMapper json;

    ImportStaging(DataSource dataSource, DSLContext db, JsonMapper json) {
        this.dataSource = dataSource;
        this.db = db;
        this.json = json;
    }

    /** Opens the transaction's staging table; must run inside a transaction. */
    public Copy open() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE TEMP TABLE import_stage (LIKE lead_import_rows INCLUDING DEFAULTS) ON COMMIT DROP");
            statement.execute("ALTER TABLE import_stage DROP COLUMN organization_id, DROP COLUMN import_id");
            CopyIn copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY import_stage (" + COLUMNS + ") FROM STDIN (FORMAT csv)");
            return new Copy(copy);
        } catch (SQLException e) {
            throw new IllegalStateException("could not open the import staging table", e);
        }
    }

    /**
     * Keeps the staged rows with the import, a valid row becoming a duplicate if a live lead has its
     * phone or e-mail (rows repeating an earlier row of the file arrive marked already, see {@link
     * Copy#add}). Rejected rows keep their raw fields for the error report. Returns the counts. One
     * set-based statement (hash joins, no per-row lookups), so a million rows take seconds.
     */
    public Counts classifyAndPersist(UUID organization, ImportId id) {
        db.execute("SET LOCAL work_mem = '256MB'"); // the hash joins may hold every phone and e-mail of the file
        db.execute("ANALYZE import_stage"); // a fresh temporary table has no statistics for the planner
        return db.fetchOne(CLASSIFY, DSL.val(organization), DSL.val(id.value()))
                .map(r -> new Counts(
                        r.get(0, Integer.class),
                        r.get(1, Integer.class),
                        r.get(2, Integer.class),
                        r.get(3, Integer.class)));
    }

    /** How many rows are staged for an import (fewer than counted means PostgreSQL lost them). */
    public int staged(ImportId id) {
        return db.fetchCount(LEAD_IMPORT_ROWS, LEAD_IMPORT_ROWS.IMPORT_ID.eq(id.value()));
    }

    public List<PreviewRow> preview(ImportId id, int limit) {
        return db.selectFrom(LEAD_IMPORT_ROWS)
                .where(LEAD_IMPORT_ROWS.IMPORT_ID.eq(id.value()))
                .orderBy(LEAD_IMPORT_ROWS.ROW_NO)
                .limit(limit)
                .fetch(r -> new PreviewRow(
                        r.getRowNo(),
                        r.getOutcome(),
                        r.getReason(),
                        r.getName(),
                        r.getEmail(),
                        r.getPhone(),
                        r.getCompany(),
                        r.getTimezone()));
    }

    /** The rejected rows in file order: raw values and the reason. */
    public void forEachRejected(ImportId id, int limit, java.util.function.Consumer<Rejected> consumer) {
        try (var cursor = db.select(LEAD_IMPORT_ROWS.ROW_NO, LEAD_IMPORT_ROWS.RAW, LEAD_IMPORT_ROWS.REASON)
                .from(LEAD_IMPORT_ROWS)
                .where(LEAD_IMPORT_ROWS.IMPORT_ID.eq(id.value()))
                .and(LEAD_IMPORT_ROWS.OUTCOME.ne("valid"))
                .orderBy(LEAD_IMPORT_ROWS.ROW_NO)
                .limit(limit)
                .fetchSize(1000)
                .fetchLazy()) {
            cursor.forEach(r -> consumer.accept(
                    new Rejected(r.value1(), r.value2() == null ? List.of() : List.of(r.value2()), r.value3())));
        }
    }

    public record Counts(int rows, int valid, int invalid, int duplicates) {}

    public record PreviewRow(
            int line,
            String outcome,
            String reason,
            String name,
            String email,
            String phone,
            String company,
            String timezone) {}

    public record Rejected(int line, List<String> raw, String reason) {}

    /** Streams rows into the staging table with COPY. */
    public final class Copy {

        private static final int FLUSH_BYTES = 256 * 1024;
        private final CopyIn copy;
        private final CopyCsv csv = new CopyCsv();
        private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);

        Copy(CopyIn copy) {
            this.copy = copy;
        }

        /** Stages a row; {@code duplicateOf} says which earlier row of the file it repeats, if it does. */
        public void add(ImportRows.Row row, @Nullable String duplicateOf) {
            csv.value(row.rowNo())
                    .value(duplicateOf != null ? "duplicate" : row.valid() ? "valid" : "invalid")
                    .value(duplicateOf != null ? duplicateOf : row.reason())
                    .array(row.raw());
            csv.value(row.leadId())
                    .value(row.name())
                    .value(row.email())
                    .value(row.phone())
                    .value(row.phoneRegion());
            csv.value(row.timezone())
                    .value(row.company())
                    .value(row.linkedinUrl())
                    .value(row.status())
                    .value(row.temperature());
            csv.value(row.score()).value(row.expectedCloseDate());
            csv.value(row.customFields().isEmpty() ? null : json.writeValueAsString(row.customFields()));
            buffer.append(csv.end());
            if (buffer.length() >= FLUSH_BYTES) {
                flush();
            }
        }

        public void finish() {
            flush();
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("could not stage the import", e);
            }
        }

        /**
         * Abandons the COPY when the file turns out unreadable half-way: the transaction's rollback
         * would otherwise wait for the connection, which stays inside the COPY, for ever.
         */
        public void cancel() {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException e) {
                // The connection is unusable then; the rollback that follows discards it.
            }
        }

        private void flush() {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("could not stage the import", e));
            }
        }
    }
}
