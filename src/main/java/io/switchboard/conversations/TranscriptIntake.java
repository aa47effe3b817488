package io.switchboard.conversations;

import io.switchboard.conversations.internal.TranscriptStore;
import io.switchboard.notifications.RealtimeHub;
import io.switchboard.telephony.TranscriptReceived;
import io.switchboard.tenancy.TenantTransactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Stores each transcript telephony delivers, once per call (the event registry delivers again after
 * a crash; a call's second transcript is ignored), with card, national id and bank account numbers
 * masked before anything is derived from it, queues it for analysis and tells the call's page. Runs without a transaction of its own: it opens one for the event's organization.
 */
@Component
class TranscriptIntake {

    static final int MAX_SEGMENTS = 2_000;
    static final int MAX_SEGMENT_CHARS = 10_000;
    static final int MAX_CHARS = 500_000;

    private final TranscriptStore transcripts;
    private final AnalysisPipeline pipeline;
    private final TenantTransactions tenants;
    private final RealtimeHub hub;

    TranscriptIntake(
            TranscriptStore transcripts, AnalysisPipeline pipeline, TenantTransactions tenants, RealtimeHub hub) {
        this.transcripts = transcripts;
        this.pipeline = pipeline;
        this.tenants = tenants;
        this.hub = hub;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TranscriptReceived event) {
        tenants.run(event, () -> store(event));
    }

    void store(TranscriptReceived event) {
        Masked masked = masked(segments(event.segments()));
        List<Segment> segments = masked.segments();
        boolean stored = transcripts.insertIfAbsent(
                event.organizationId(),
                event.callId(),
                event.leadId(),
                event.aiAgentId() == null ? null : event.aiAgentId().value(),
                language(event.language()),
                segments,
                text(segments),
                masked.redactions());
        if (stored) {
            hub.publish(
                    event.organizationId(),
                    "call:" + event.callId(),
                    "transcript.stored",
                    Map.of("call_id", event.callId().toString(), "segments", segments.size()));
            pipeline.queue(event.callId());
        }
    }

    static @Nullable String language(@Nullable String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String tag = language.strip();
        return tag.length() <= 35 ? tag : tag.substring(0, 35);
    }

    /** The provider's turns, in order, within storage limits (a longer call keeps its beginning). */
    static List<Segment> segments(List<TranscriptReceived.Segment> delivered) {
        List<Segment> segments = new ArrayList<>();
        int total = 0;
        for (TranscriptReceived.Segment s : delivered) {
            if (segments.size() == MAX_SEGMENTS || total >= MAX_CHARS) {
                break;
            }
            String text = s.text().strip();
            text = text.substring(0, Math.min(text.length(), Math.min(MAX_SEGMENT_CHARS, MAX_CHARS - total)));
            total += text.length();
            String speaker =
                    s.speaker().strip().isEmpty() ? "unknown" : s.speaker().strip();
            segments.add(new Segment(
                    speaker.substring(0, Math.min(60, speaker.length())), s.startSeconds(), s.endSeconds(), text));
        }
        return segments;
    }

    /** The turns with card, national id and bank account numbers masked, and how many were. */
    record Masked(List<Segment> segments, int redactions) {}

    static Masked masked(List<Segment> segments) {
        List<Segment> masked = new ArrayList<>(segments.size());
        int redactions = 0;
        for (Segment s : segments) {
            PiiRedaction.Redacted redacted = PiiRedaction.redact(s.text());
            redactions += redacted.count();
            masked.add(new Segment(s.speaker(), s.start(), s.end(), redacted.text()));
        }
        return new Masked(masked, redactions);
    }

    /** "Agent: words" per turn: how the transcript reads, and what search indexes. */
    static String text(List<Segment> segments) {
        StringBuilder text = new StringBuilder();
        for (Segment s : segments) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(s.speaker().substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(s.speaker().substring(1))
                    .append(": ")
                    .append(s.text());
        }
        return text.toString();
    }
}
