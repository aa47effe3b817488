package io.switchboard.messaging;

import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.messaging.internal.MessageStore;
import io.switchboard.shared.CursorPage;
import io.switchboard.telephony.Call;
import io.switchboard.telephony.CallFilter;
import io.switchboard.telephony.CallManagement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead's one conversation log: calls and messages, newest first, in one cursor list. Both have
 * time-ordered ids (UUIDv7), so one cursor (the last id shown) pages through both lists at once.
 */
@Service
public class Communications {

    private final MessageStore messages;
    private final CallManagement calls;
    private final LeadManagement leads;

    Communications(MessageStore messages, CallManagement calls, LeadManagement leads) {
        this.messages = messages;
        this.calls = calls;
        this.leads = leads;
    }

    @Transactional(readOnly = true)
    public CursorPage<Communication> of(LeadId lead, @Nullable String cursor, @Nullable Integer limit) {
        leads.get(lead);
        int size = CursorPage.limit(limit);
        List<Communication> merged = new ArrayList<>();
        messages.ofLead(lead, CursorPage.after(cursor), size).forEach(m -> merged.add(of(m)));
        CursorPage<Call> callPage = calls.list(new CallFilter(lead.value(), null, null, null, null), cursor, size);
        callPage.data().forEach(c -> merged.add(of(c)));
        merged.sort(Comparator.comparing(Communication::id).reversed());
        if (callPage.nextCursor() != null && merged.size() == size) {
            // more calls wait beyond this page: a row past the page tells CursorPage so
            merged.add(merged.getLast());
        }
        return CursorPage.of(merged.subList(0, Math.min(merged.size(), size + 1)), size, Communication::id);
    }

    /** Whether anyone called or messaged the lead, or it wrote in (alerts about it to the team do not count). */
    @Transactional(readOnly = true)
    public boolean anyWith(LeadId lead) {
        return messages.anyToOrFrom(lead)
                || !calls.list(new CallFilter(lead.value(), null, null, null, null), null, 1)
                        .data()
                        .isEmpty();
    }

    private static Communication of(Message m) {
        return new Communication(
                m.id().value(),
                "message",
                m.channel().toString(),
                m.direction(),
                m.status().toString(),
                m.createdAt(),
                m.body(),
                null,
                m.providerCode(),
                m.reason(),
                reported(m, MessageStatus.DELIVERED),
                reported(m, MessageStatus.READ),
                m.alert());
    }

    private static Communication of(Call c) {
        return new Communication(
                c.id().value(),
                "call",
                "voice",
                c.direction().toString(),
                c.status().toString(),
                c.createdAt(),
                c.hangupReason(),
                c.durationSeconds(),
                null,
                null,
                null,
                null,
                null);
    }

    /** When the status was applied; a late or repeated report of it does not count. */
    private static @Nullable Instant reported(Message m, MessageStatus status) {
        return m.events().stream()
                .filter(e -> e.applied() && e.status() == status)
                .map(Message.Event::at)
                .findFirst()
                .orElse(null);
    }
}
