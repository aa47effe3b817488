package io.switchboard.conversations;

import io.switchboard.conversations.internal.AnalysisStore;
import io.switchboard.conversations.internal.ConversationsProperties;
import io.switchboard.conversations.internal.SemanticIndex;
import io.switchboard.conversations.internal.TranscriptStore;
import io.switchboard.conversations.internal.TranscriptStore.Claim;
import io.switchboard.identity.UserManagement;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.leads.LeadId;
import io.switchboard.notifications.RealtimeHub;
import io.switchboard.shared.RetryPolicy;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import io.switchboard.telephony.Call;
import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.CallManagement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what came of one claimed transcript, in one short transaction, only while the claim still
 * holds: the analysis (with whose inbox it goes to) and its events, or a retry, or the failure.
 */
@Component
class AnalysisRecorder {

    private static final Logger log = LoggerFactory.getLogger(AnalysisRecorder.class);

    private final TranscriptStore transcripts;
    private final AnalysisStore analyses;
    private final LeadDirectory leads;
    private final CallManagement calls;
    private final UserManagement users;
    private final ApplicationEventPublisher events;
    private final RealtimeHub hub;
    private final TransactionTemplate tx;
    private final RetryPolicy retries;
    private final SemanticIndex semantic;

    AnalysisRecorder(
            TranscriptStore transcripts,
            AnalysisStore analyses,
            LeadDirectory leads,
            CallManagement calls,
            UserManagement users,
            ApplicationEventPublisher events,
            RealtimeHub hub,
            TransactionTemplate tx,
            ConversationsProperties properties,
            SemanticIndex semantic) {
        this.transcripts = transcripts;
        this.analyses = analyses;
        this.leads = leads;
        this.calls = calls;
        this.users = users;
        this.events = events;
        this.hub = hub;
        this.tx = tx;
        this.semantic = semantic;
        ConversationsProperties.Pipeline pipeline = properties.pipeline();
        this.retries = new RetryPolicy(pipeline.initialBackoff(), 2, pipeline.maxBackoff(), pipeline.maxAttempts());
    }

    void completed(Claim claim, Analysis analysis, float[] searchVector) {
        tx.executeWithoutResult(status -> {
            CallId id = claim.callId();
            if (!transcripts.lockClaim(id, claim.token())) {
                log.info("analysis of call {} arrived after its claim lapsed; dropped", id);
                return;
            }
            UUID organization = TenantContext.require().value();
            Call call = calls.get(id).call();
            Optional<Lead> lead = claim.leadId() == null ? Optional.empty() : leads.find(LeadId.of(claim.leadId()));
            UUID leadId = lead.map(l -> l.id().value()).orElse(null);
            UUID owner = owner(lead.orElse(null), call);
            int run = analyses.nextRun(id);
            analyses.save(organization, id, leadId, owner, run, analysis);
            semantic.store(organization, id, searchVector);
            transcripts.completed(id);
            events.publishEvent(new CallAnalyzed(
                    organization,
                    id,
                    leadId,
                    owner,
                    run,
                    analysis.qualification(),
                    analysis.totalScore(),
                    analysis.followUpRequired(),
                    analysis.doNotCallRequested()));
            String phone = call.direction() == CallDirection.INBOUND ? call.fromNumber() : call.toNumber();
            if (analysis.doNotCallRequested() && phone != null) {
                events.publishEvent(new DoNotCallRequested(organization, id, leadId, phone));
            }
            Map<String, Object> data = data(id, AnalysisStatus.COMPLETED);
            data.put("qualification", analysis.qualification().toString());
            announce(organization, id, owner, "analysis.completed", data);
        });
    }

    void failed(Claim claim, String reason, boolean retryable) {
        tx.executeWithoutResult(status -> {
            CallId id = claim.callId();
            if (!transcripts.lockClaim(id, claim.token())) {
                return;
            }
            UUID organization = TenantContext.require().value();
            // A failure that cannot pass (a key refused, a transcript without words) is final.
            if (retryable && !retries.exhausted(claim.attempts())) {
                transcripts.retryIn(id, retries.pauseAfter(claim.attempts()), reason);
                announce(organization, id, null, "analysis.retrying", data(id, AnalysisStatus.PENDING));
            } else {
                transcripts.failed(id, reason);
                log.warn("analysis of call {} failed after {} attempts: {}", id, claim.attempts(), reason);
                announce(organization, id, null, "analysis.failed", data(id, AnalysisStatus.FAILED));
            }
        });
    }

    /** The lead's owner, else whoever placed the call, as long as they are still active. */
    private @Nullable UUID owner(@Nullable Lead lead, Call call) {
        UserId owner = lead == null ? null : lead.ownerId();
        if (owner != null && users.get(owner).isActive()) {
            return owner.value();
        }
        if (call.userId() != null && users.get(UserId.of(call.userId())).isActive()) {
            return call.userId();
        }
        return null;
    }

    private void announce(UUID organization, CallId call, @Nullable UUID owner, String type, Map<String, Object> data) {
        hub.publish(organization, "call:" + call, type, data);
        hub.publish(organization, ConversationTopics.CONVERSATIONS, type, data);
        if (owner != null) {
            hub.publish(organization, "user:" + owner, type, data);
        }
    }

    private static Map<String, Object> data(CallId call, AnalysisStatus status) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("call_id", call.toString());
        data.put("status", status.toString());
        return data;
    }
}
