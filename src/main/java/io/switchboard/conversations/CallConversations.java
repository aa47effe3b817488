package io.switchboard.conversations;

import io.switchboard.conversations.internal.AnalysisStore;
import io.switchboard.conversations.internal.TranscriptStore;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.notifications.RealtimeHub;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.TenantContext;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.CallManagement;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls as conversations: a call's transcript and analysis, marking an analysis read, analysing a
 * call again, and the inbox of analysed calls. A call of another organization is not found, like
 * one that does not exist.
 */
@Service
public class CallConversations {

    private final TranscriptStore transcripts;
    private final AnalysisStore analyses;
    private final LeadDirectory leads;
    private final AnalysisPipeline pipeline;
    private final RealtimeHub hub;
    private final CallManagement calls;

    CallConversations(
            TranscriptStore transcripts,
            AnalysisStore analyses,
            LeadDirectory leads,
            AnalysisPipeline pipeline,
            RealtimeHub hub,
            CallManagement calls) {
        this.calls = calls;
        this.transcripts = transcripts;
        this.analyses = analyses;
        this.leads = leads;
        this.pipeline = pipeline;
        this.hub = hub;
    }

    @Transactional(readOnly = true)
    public Optional<CallTranscript> findTranscript(CallId call) {
        return transcripts.find(call);
    }

    @Transactional(readOnly = true)
    public Optional<CallAnalysis> findAnalysis(CallId call) {
        return analyses.find(call);
    }

    @Transactional(readOnly = true)
    public CallTranscript transcript(CallId call) {
        calls.get(call); // a call out of the caller's reach is not found, like another organization's
        return transcripts.find(call).orElseThrow(() -> new NotFound("transcript of call", call));
    }

    /** @throws AnalysisNotReady when the call has a transcript whose analysis is not done */
    @Transactional(readOnly = true)
    public CallAnalysis analysis(CallId call) {
        calls.get(call);
        return analyses.find(call).orElseThrow(() -> new AnalysisNotReady(transcript(call)));
    }

    @Transactional
    public CallAnalysis markRead(CallId call, boolean read, @Nullable UUID actor) {
        CallAnalysis before = analysis(call);
        if (before.isRead() != read) {
            analyses.markRead(call, read, actor);
            Map<String, Object> data = Map.of("call_id", call.toString(), "is_read", read);
            UUID organization = TenantContext.require().value();
            hub.publish(organization, "call:" + call, "analysis.read", data);
            if (before.ownerId() != null) {
                hub.publish(organization, "user:" + before.ownerId(), "analysis.read", data);
            }
        }
        return analyses.find(call).orElseThrow();
    }

    /**
     * Analyses the call again with the organization's current analyzer and rules (after changing
     * them, or after a failure). A call already waiting for its analysis stays queued.
     *
     * @throws Conflict while an analysis of the call is running
     */
    @Transactional
    public CallTranscript reanalyze(CallId call) {
        CallTranscript transcript = transcript(call);
        if (transcript.analysisStatus() == AnalysisStatus.PROCESSING) {
            throw new Conflict("analysis_running", "the call is being analysed right now; try again in a moment");
        }
        if (transcripts.requeue(call)) {
            hub.publish(
                    TenantContext.require().value(),
                    "call:" + call,
                    "analysis.queued",
                    Map.of("call_id", call.toString(), "status", AnalysisStatus.PENDING.toString()));
        }
        pipeline.queue(call);
        return transcripts.find(call).orElseThrow();
    }

    /**
     * Analysed calls, newest first, with their leads' names.
     *
     * @param owner only this user's (their leads, or calls they placed); null for everyone's
     */
    @Transactional(readOnly = true)
    public CursorPage<InboxItem> inbox(
            @Nullable UUID owner,
            boolean unreadOnly,
            @Nullable Qualification qualification,
            @Nullable String cursor,
            @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        List<InboxItem> rows = analyses.inbox(owner, unreadOnly, qualification, CursorPage.after(cursor), size);
        Map<UUID, String> names = leads.names(rows.stream()
                .map(InboxItem::leadId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<InboxItem> named = rows.stream()
                .map(i -> i.withLeadName(i.leadId() == null ? null : names.get(i.leadId())))
                .toList();
        return CursorPage.of(named, size, i -> i.callId().value());
    }

    @Transactional(readOnly = true)
    public int unread(@Nullable UUID owner) {
        return analyses.unread(owner);
    }
}
