package io.switchboard.leads;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditRecord;
import io.switchboard.db.tables.records.LeadImportsRecord;
import io.switchboard.leads.internal.CustomFields;
import io.switchboard.leads.internal.ImportBatches;
import io.switchboard.leads.internal.ImportCleaning;
import io.switchboard.leads.internal.ImportColumns;
import io.switchboard.leads.internal.ImportMappings;
import io.switchboard.leads.internal.ImportStaging;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.SafeCsv;
import io.switchboard.shared.TenantContext;
import io.switchboard.tenancy.OrganizationManagement;
import java.io.InputStream;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV imports. {@link #preview} reads, cleans and de-duplicates the whole file into staging and
 * answers the counts and the first rows; {@link #commit} hands it to the background worker, which
 * moves the valid rows into leads batch by batch and survives restarts; {@link #undo} deletes the
 * leads an import created (softly: they can be restored).
 */
@Service
public class LeadImports {

    static final int PREVIEW_ROWS = 20;

    private final ImportStaging staging;
    private final ImportCleaning cleaning;
    private final ImportBatches imports;
    private final ImportMappings mappings;
    private final CustomFields customFields;
    private final OrganizationManagement organizations;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    LeadImports(
            ImportStaging staging,
            ImportCleaning cleaning,
            ImportBatches imports,
            ImportMappings mappings,
            CustomFields customFields,
            OrganizationManagement organizations,
            ApplicationEventPublisher events,
            AuditLog audit) {
        this.staging = staging;
        this.cleaning = cleaning;
        this.imports = imports;
        this.mappings = mappings;
        this.customFields = customFields;
        this.organizations = organizations;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public ImportView preview(
            String fileName,
            long size,
            InputStream input,
            @Nullable Map<String, String> mapping,
            @Nullable UUID actor) {
        UUID organization = TenantContext.require().value();
        List<CustomField> fields = customFields.all();
        try (ImportFile file = new ImportFile(input)) {
            String headerKey = ImportColumns.headerKey(file.headers());
            Map<String, String> chosen = mapping != null
                    ? mapping
                    : mappings.remembered(headerKey).orElseGet(() -> ImportColumns.guess(file.headers(), fields));
            ImportColumns.Resolved columns = ImportColumns.resolve(file.headers(), chosen, fields);
            cleaning.stage(file, columns, organizations.current().defaultRegion(), fields);
            ImportId id = ImportId.generate();
            LeadImportsRecord record = imports.newRecord();
            record.setOrganizationId(organization);
            record.setId(id.value());
            record.setStatus(ImportStatus.PREVIEWED.toString());
            record.setFileName(fileName.length() > 300 ? fileName.substring(0, 300) : fileName);
            record.setFileBytes(size);
            record.setDelimiter(String.valueOf(file.delimiter()));
            record.setMapping(mappings.write(chosen));
            record.setHeaders(file.headers().toArray(String[]::new));
            record.setCreatedBy(actor);
            record.store();
            ImportStaging.Counts counts = staging.classifyAndPersist(organization, id);
            if (counts.rows() == 0) {
                throw new InvalidInput("file", "no_rows", "the file has a header line but no rows");
            }
            record.setRowsTotal(counts.rows());
            record.setRowsValid(counts.valid());
            record.setRowsInvalid(counts.invalid());
            record.setRowsDuplicate(counts.duplicates());
            record.store();
            mappings.remember(headerKey, chosen);
            return view(record, true);
        }
    }

    /** Starts the import: its lanes are laid out, and the worker picks them up at once. */
    @Transactional
    public ImportView commit(ImportId id) {
        LeadImportsRecord record = imports.lock(id).orElseThrow(() -> new NotFound("import", id));
        if (!ImportStatus.PREVIEWED.toString().equals(record.getStatus())) {
            throw new Conflict(
                    "import_not_previewed",
                    "this import is " + record.getStatus() + "; only a previewed import can start");
        }
        if (staging.staged(id) != record.getRowsTotal()) {
            // PostgreSQL restarted since the preview and emptied the (unlogged) staging table.
            record.setStatus(ImportStatus.FAILED.toString());
            record.setError("the previewed rows were lost when the database restarted; upload the file again");
            record.store();
            return view(record, false);
        }
        record.setStatus(ImportStatus.RUNNING.toString());
        record.setStartedAt(OffsetDateTime.now());
        record.store();
        imports.createLanes(record);
        events.publishEvent(new LeadImportStarted(record.getOrganizationId(), id));
        return view(record, false);
    }

    /** What a column can feed: the lead's own fields, then each custom field as {@code custom.<key>}. */
    @Transactional(readOnly = true)
    public List<String> mappingTargets() {
        List<String> targets = new ArrayList<>(ImportColumns.FIELDS);
        customFields.all().forEach(f -> targets.add("custom." + f.key()));
        return targets;
    }

    @Transactional(readOnly = true)
    public ImportView get(ImportId id) {
        return view(imports.find(id).orElseThrow(() -> new NotFound("import", id)), true);
    }

    @Transactional(readOnly = true)
    public List<ImportView> recent() {
        return imports.recent(20).stream().map(r -> view(r, false)).toList();
    }

    /** The rejected rows as CSV: line, reason, then the row as it was in the file. */
    @Transactional(readOnly = true)
    public void errors(ImportId id, Writer out) {
        LeadImportsRecord record = imports.find(id).orElseThrow(() -> new NotFound("import", id));
        SafeCsv csv = SafeCsv.to(out);
        List<String> header = new ArrayList<>(List.of("line", "reason"));
        header.addAll(List.of(record.getHeaders()));
        csv.row(header);
        staging.forEachRejected(id, Integer.MAX_VALUE, rejected -> {
            List<String> row = new ArrayList<>(List.of(Integer.toString(rejected.line()), rejected.reason()));
            row.addAll(rejected.raw());
            csv.row(row);
        });
        csv.flush();
    }

    /** The first {@code limit} rows that were not imported, with their values as in the file. */
    @Transactional(readOnly = true)
    public List<ImportView.SkippedRow> skipped(ImportId id, int limit) {
        imports.find(id).orElseThrow(() -> new NotFound("import", id));
        List<ImportView.SkippedRow> rows = new ArrayList<>();
        staging.forEachRejected(
                id,
                limit,
                r -> rows.add(
                        new ImportView.SkippedRow(r.line(), r.reason(), r.raw(), ImportView.duplicateOf(r.reason()))));
        return rows;
    }

    @Transactional
    public ImportView undo(ImportId id) {
        LeadImportsRecord record = imports.lock(id).orElseThrow(() -> new NotFound("import", id));
        ImportStatus status = ImportStatus.fromCode(record.getStatus());
        if (status != ImportStatus.COMPLETED && status != ImportStatus.FAILED) {
            throw new Conflict(
                    "import_not_finished", "only a completed or failed import can be undone; this one is " + status);
        }
        audit.suppressRowEntriesInThisTransaction();
        int removed = imports.undo(id);
        record.setStatus(ImportStatus.UNDONE.toString());
        record.store();
        audit.record(
                AuditRecord.of("lead_import.undone", "lead_import", id).values(null, Map.of("leads_deleted", removed)));
        return view(record, false);
    }

    private List<ImportView.PreviewRow> previewRows(ImportId id) {
        return staging.preview(id, PREVIEW_ROWS).stream()
                .map(p -> new ImportView.PreviewRow(
                        p.line(),
                        p.outcome(),
                        p.reason(),
                        p.name(),
                        p.email(),
                        p.phone(),
                        p.company(),
                        p.timezone(),
                        ImportView.duplicateOf(p.reason())))
                .toList();
    }

    private ImportView view(LeadImportsRecord r, boolean withPreview) {
        ImportId id = ImportId.of(r.getId());
        int percent = r.getRowsTotal() == 0 ? 0 : (int) Math.min(100, (100L * r.getRowsProcessed()) / r.getRowsTotal());
        List<ImportView.PreviewRow> preview = withPreview ? previewRows(id) : List.of();
        return new ImportView(
                id,
                ImportStatus.fromCode(r.getStatus()),
                r.getFileName(),
                new ImportView.Counts(r.getRowsTotal(), r.getRowsImported(), r.getRowsDuplicate(), r.getRowsInvalid()),
                new ImportView.Progress(r.getRowsProcessed(), r.getRowsTotal(), percent),
                List.of(r.getHeaders()),
                mappings.read(r.getMapping()),
                r.getDelimiter(),
                r.getError(),
                r.getCreatedAt().toInstant(),
                r.getStartedAt() == null ? null : r.getStartedAt().toInstant(),
                r.getFinishedAt() == null ? null : r.getFinishedAt().toInstant(),
                preview);
    }
}
