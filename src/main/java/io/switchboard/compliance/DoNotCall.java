package io.switchboard.compliance;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditRecord;
import io.switchboard.compliance.internal.ComplianceProperties;
import io.switchboard.compliance.internal.DncEntries;
import io.switchboard.compliance.internal.DncImports;
import io.switchboard.leads.PhoneNumbers;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.TenantContext;
import io.switchboard.tenancy.OrganizationManagement;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The organization's do-not-call list. Numbers are kept in E.164; what people type ("(512)
 * 555-0142") is read in the organization's default region.
 */
@Service
public class DoNotCall {

    private final DncEntries entries;
    private final DncImports imports;
    private final OrganizationManagement organizations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ComplianceProperties properties;
    private final TransactionTemplate tx;

    DoNotCall(
            DncEntries entries,
            DncImports imports,
            OrganizationManagement organizations,
            AuditLog audit,
            ApplicationEventPublisher events,
            ComplianceProperties properties,
            TransactionTemplate tx) {
        this.entries = entries;
        this.imports = imports;
        this.organizations = organizations;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.tx = tx;
    }

    /**
     * Puts a number on the list, for other modules (a caller who asked not to be called again, on a
     * provider event or in a transcript). Idempotent: a listed number answers its existing entry.
     */
    @Transactional
    public DncEntry add(String phone, @Nullable String reason, DncSource source) {
        String e164 = normalize(phone, "phone");
        return entries.insert(e164, reason(reason), source, null, null)
                .map(this::added)
                .orElseGet(() -> entries.findByPhone(e164).orElseThrow());
    }

    /** A person adds a number: one already listed is refused with 409 {@code already_listed}. */
    @Transactional
    public DncEntry addManually(String phone, @Nullable String reason, @Nullable UUID addedBy) {
        String e164 = normalize(phone, "phone");
        return entries.insert(e164, reason(reason), DncSource.MANUAL, addedBy, null)
                .map(this::added)
                .orElseThrow(() -> {
                    DncEntry existing = entries.findByPhone(e164).orElseThrow();
                    return new Conflict(
                            "already_listed",
                            e164 + " is on the do-not-call list already",
                            Map.of("entry_id", existing.id().value()));
                });
    }

    @Transactional(readOnly = true)
    public DncEntry get(DncEntryId id) {
        return entries.find(id).orElseThrow(() -> new NotFound("do-not-call entry", id));
    }

    /** Takes a number off the list: it may be called again. */
    @Transactional
    public void remove(DncEntryId id) {
        DncEntry removed = entries.delete(id).orElseThrow(() -> new NotFound("do-not-call entry", id));
        events.publishEvent(new DoNotCallRemoved(organization(), removed.id(), removed.phone()));
    }

    /**
     * Newest first. {@code phone} finds one number (in any format); {@code q} matches digits of the
     * number or words of the reason.
     */
    @Transactional(readOnly = true)
    public CursorPage<DncEntry> list(
            @Nullable String q,
            @Nullable String phone,
            @Nullable DncSource source,
            @Nullable String cursor,
            @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        String number = phone == null || phone.isBlank() ? null : normalize(phone, "phone");
        String text = q == null || q.isBlank() ? null : q.strip();
        return CursorPage.of(
                entries.list(text, number, source, CursorPage.after(cursor), size), size, e -> e.id().value());
    }

    @Transactional(readOnly = true)
    public int count() {
        return entries.count();
    }

    /** Whether the organization's or the platform's list holds the number. */
    @Transactional(readOnly = true)
    public boolean isListed(String phone) {
        String e164 = normalize(phone, "phone");
        DncEntries.Listings listings = entries.listings(List.of(e164), Set.of(), Instant.now());
        return !listings.organization().isEmpty() || !listings.platform().isEmpty();
    }

    /**
     * Imports a CSV (see {@link DncFile} for the columns). All or nothing: a file that cannot be
     * read adds nothing; otherwise every row is reported as added, duplicate or invalid.
     */
    public DncImport importCsv(String fileName, InputStream input, @Nullable UUID actor) {
        String region = organizations.current().defaultRegion();
        DncFile.Read read = DncFile.read(input, region, properties.maxImportRows());
        String name = fileName.isBlank() ? "upload.csv" : fileName.strip();
        return tx.execute(status -> store(name.length() > 300 ? name.substring(0, 300) : name, read, actor));
    }

    private DncImport store(String fileName, DncFile.Read read, @Nullable UUID actor) {
        audit.suppressRowEntriesInThisTransaction();
        DncImportId id = DncImportId.generate();
        imports.start(id, fileName, actor);
        Set<String> added = entries.insertAll(
                read.candidates().stream()
                        .map(c -> new DncEntries.NewEntry(c.phone(), c.reason()))
                        .toList(),
                DncSource.IMPORT,
                actor,
                id);
        List<DncImport.Problem> problems = new java.util.ArrayList<>(read.problems());
        read.candidates().stream()
                .filter(c -> !added.contains(c.phone()))
                .forEach(c -> problems.add(DncImport.Problem.duplicate(
                        c.line(), c.raw(), c.phone() + " is on the do-not-call list already")));
        problems.sort(java.util.Comparator.comparingInt(DncImport.Problem::line));
        DncImport report = imports.finish(id, read.rows(), added.size(), problems);
        audit.record(AuditRecord.of("do_not_call.imported", "dnc_imports", id)
                .values(
                        null,
                        Map.of(
                                "file_name", fileName,
                                "rows", report.rows(),
                                "added", report.added(),
                                "duplicates", report.duplicates(),
                                "invalid", report.invalid())));
        events.publishEvent(new DoNotCallImported(organization(), id, report.added()));
        return report;
    }

    @Transactional(readOnly = true)
    public DncImport getImport(DncImportId id) {
        return imports.find(id).orElseThrow(() -> new NotFound("do-not-call import", id));
    }

    private DncEntry added(DncEntry entry) {
        events.publishEvent(new DoNotCallAdded(organization(), entry.id(), entry.phone(), entry.source()));
        return entry;
    }

    String normalize(String phone, String field) {
        // numbers in international form need no region (and no query for it)
        String region =
                phone.strip().startsWith("+") ? "ZZ" : organizations.current().defaultRegion();
        return switch (PhoneNumbers.normalize(phone, region)) {
            case PhoneNumbers.Valid valid -> valid.e164();
            case PhoneNumbers.Invalid invalid -> throw new InvalidInput(field, "invalid_phone", invalid.reason());
        };
    }

    static @Nullable String reason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String value = reason.strip();
        if (value.length() > DncFile.MAX_REASON) {
            throw new InvalidInput("reason", "invalid_length", "must be at most " + DncFile.MAX_REASON + " characters");
        }
        return value;
    }

    private static UUID organization() {
        return TenantContext.require().value();
    }
}
