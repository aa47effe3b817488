package io.switchboard.compliance;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditRecord;
import io.switchboard.compliance.internal.PlatformDncEntries;
import io.switchboard.leads.PhoneNumbers;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform-wide do-not-call list, kept by platform super admins: numbers no organization may
 * call. Every organization's dialer reads it; only a signed-in super admin may change it (the
 * database checks that too). Changes are audited in the organization the operator acts in.
 */
@Service
public class PlatformDoNotCall {

    private final PlatformDncEntries entries;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PlatformDoNotCall(PlatformDncEntries entries, AuditLog audit, ApplicationEventPublisher events) {
        this.entries = entries;
        this.audit = audit;
        this.events = events;
    }

    /** Numbers must be in international form (+44 20 7946 0958): the platform has no region. */
    @Transactional
    public DncEntry add(String phone, @Nullable String reason) {
        String e164 = normalize(phone);
        String cleanReason = DoNotCall.reason(reason);
        DncEntryId id = DncEntryId.generate();
        if (!entries.add(id, e164, cleanReason, DncSource.MANUAL)) {
            DncEntry existing = entries.findByPhone(e164).orElseThrow();
            throw new Conflict(
                    "already_listed",
                    e164 + " is on the platform do-not-call list already",
                    Map.of("entry_id", existing.id().value()));
        }
        Map<String, Object> values = new HashMap<>();
        values.put("phone", e164);
        values.put("reason", cleanReason);
        audit.record(AuditRecord.of("platform_do_not_call.created", "platform_do_not_call", id)
                .values(null, values));
        events.publishEvent(new PlatformDoNotCallAdded(id, e164));
        return entries.find(id).orElseThrow();
    }

    @Transactional
    public void remove(DncEntryId id) {
        String phone = entries.remove(id).orElseThrow(() -> new NotFound("platform do-not-call entry", id));
        audit.record(AuditRecord.of("platform_do_not_call.deleted", "platform_do_not_call", id)
                .values(Map.of("phone", phone), null));
        events.publishEvent(new PlatformDoNotCallRemoved(id, phone));
    }

    @Transactional(readOnly = true)
    public DncEntry get(DncEntryId id) {
        return entries.find(id).orElseThrow(() -> new NotFound("platform do-not-call entry", id));
    }

    @Transactional(readOnly = true)
    public CursorPage<DncEntry> list(
            @Nullable String q, @Nullable String phone, @Nullable String cursor, @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        String number = phone == null || phone.isBlank() ? null : normalize(phone);
        String text = q == null || q.isBlank() ? null : q.strip();
        return CursorPage.of(entries.list(text, number, CursorPage.after(cursor), size), size, e -> e.id().value());
    }

    private static String normalize(String phone) {
        return switch (PhoneNumbers.normalize(phone, "ZZ")) {
            case PhoneNumbers.Valid valid -> valid.e164();
            case PhoneNumbers.Invalid invalid ->
                throw new InvalidInput(
                        "phone", "invalid_phone", invalid.reason() + " (write it in international form, e.g. +1 512…)");
        };
    }
}
