package io.switchboard.conversations.web;

import io.switchboard.conversations.AnalysisStatus;
import io.switchboard.conversations.CallAnalysis;
import io.switchboard.conversations.CallConversations;
import io.switchboard.conversations.CallTranscript;
import io.switchboard.conversations.ConversationAnalysis;
import io.switchboard.conversations.ExtractionField;
import io.switchboard.conversations.InboxScope;
import io.switchboard.conversations.Qualification;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.shared.ConsolePage;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.CallManagement;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A call's conversation (the fragment the call page loads, live: the transcript as speaker turns
 * and the analysis card, with mark-read and analyse-again), and the inbox of analysed calls.
 */
@Controller
@ConsolePage
class ConversationPages {

    static final String INBOX_CHANGED = "inbox-changed";

    private final CallConversations conversations;
    private final CallManagement calls;
    private final ConversationAnalysis analysis;
    private final LeadDirectory leads;

    ConversationPages(
            CallConversations conversations, CallManagement calls, ConversationAnalysis analysis, LeadDirectory leads) {
        this.conversations = conversations;
        this.calls = calls;
        this.analysis = analysis;
        this.leads = leads;
    }

    @GetMapping("/calls/{id}/conversation")
    @PreAuthorize("hasAuthority('calls:read')")
    String conversation(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean live, Model model) {
        CallId call = CallId.of(id);
        model.addAttribute("live", live);
        calls.get(call); // a call of another organization is not found
        CallTranscript transcript = conversations.findTranscript(call).orElse(null);
        CallAnalysis stored = conversations.findAnalysis(call).orElse(null);
        String leadName = transcript == null || transcript.leadId() == null
                ? null
                : leads.names(List.of(transcript.leadId())).get(transcript.leadId());
        model.addAttribute("callId", call);
        model.addAttribute("transcript", transcript);
        model.addAttribute("turns", transcript == null ? List.of() : Turn.of(transcript.segments(), leadName));
        model.addAttribute("callAnalysis", stored);
        model.addAttribute(
                "fieldLabels",
                analysis.settings().extractionFields().stream()
                        .collect(Collectors.toMap(ExtractionField::key, ExtractionField::label, (a, b) -> a)));
        model.addAttribute("working", transcript != null && isWorking(transcript.analysisStatus()));
        return "conversations/conversation :: conversation";
    }

    @PostMapping("/calls/{id}/analysis/read")
    @PreAuthorize("hasAuthority('calls:read')")
    String read(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "true") boolean read,
            @RequestParam(defaultValue = "false") boolean live,
            @AuthenticationPrincipal AuthenticatedUser me,
            HttpServletResponse response,
            Model model) {
        conversations.markRead(CallId.of(id), read, me.id().value());
        response.setHeader("HX-Trigger", INBOX_CHANGED);
        return conversation(id, live, model);
    }

    @PostMapping("/calls/{id}/analysis/rerun")
    @PreAuthorize("hasAuthority('calls:write')")
    String rerun(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean live, Model model) {
        conversations.reanalyze(CallId.of(id));
        return conversation(id, live, model);
    }

    /**
     * The inbox's filters, bound from the query string: whose (by default everyone's for those who
     * may see it, managers and admins, else the user's own), unread only, qualification, page.
     */
    record InboxQuery(
            @Nullable InboxScope scope,
            @Nullable Boolean unread,
            @Nullable Qualification qualification,
            @Nullable String cursor) {

        InboxScope whose(AuthenticatedUser me) {
            if (scope != null) {
                return scope;
            }
            return me.has(Permission.CALLS_WRITE) ? InboxScope.ALL : InboxScope.MINE;
        }

        boolean unreadOnly() {
            return unread == null || unread;
        }

        String link(AuthenticatedUser me) {
            return "scope=" + whose(me) + "&unread=" + unreadOnly()
                    + (qualification == null ? "" : "&qualification=" + qualification);
        }
    }

    @GetMapping("/inbox")
    @PreAuthorize("hasAuthority('calls:read')")
    String inbox(InboxQuery query, @AuthenticationPrincipal AuthenticatedUser me, Model model) {
        items(query, me, model);
        model.addAttribute("qualifications", Qualification.values());
        model.addAttribute("mayScopeAll", me.has(Permission.CALLS_WRITE));
        return "conversations/inbox";
    }

    @GetMapping("/inbox/items")
    @PreAuthorize("hasAuthority('calls:read')")
    String items(InboxQuery query, @AuthenticationPrincipal AuthenticatedUser me, Model model) {
        UUID owner = CallConversationController.owner(query.whose(me), me);
        model.addAttribute(
                "page", conversations.inbox(owner, query.unreadOnly(), query.qualification(), query.cursor(), 50));
        model.addAttribute("scope", query.whose(me));
        model.addAttribute("unread", query.unreadOnly());
        model.addAttribute("qualification", query.qualification());
        model.addAttribute("liveTopic", owner == null ? "conversations" : "user:" + owner);
        model.addAttribute("query", query.link(me));
        return "conversations/inbox :: items";
    }

    private static boolean isWorking(AnalysisStatus status) {
        return status == AnalysisStatus.PENDING || status == AnalysisStatus.PROCESSING;
    }

    /** One speaker turn as the page shows it: which side speaks, who, when (m:ss), what. */
    record Turn(String side, String speaker, String time, String text) {

        private static final Map<String, String> SIDES = Map.ofEntries(
                Map.entry("agent", "agent"),
                Map.entry("ai", "agent"),
                Map.entry("bot", "agent"),
                Map.entry("assistant", "agent"),
                Map.entry("representative", "agent"),
                Map.entry("human", "human"),
                Map.entry("lead", "lead"),
                Map.entry("customer", "lead"),
                Map.entry("caller", "lead"),
                Map.entry("client", "lead"),
                Map.entry("prospect", "lead"));

        static List<Turn> of(List<io.switchboard.conversations.Segment> segments, @Nullable String leadName) {
            return segments.stream()
                    .map(s -> {
                        String side = SIDES.getOrDefault(s.speaker().toLowerCase(java.util.Locale.ROOT), "other");
                        String speaker = side.equals("lead") && leadName != null
                                ? leadName
                                : switch (side) {
                                    case "agent" -> "AI agent";
                                    case "human" -> "Human agent";
                                    default -> s.speaker();
                                };
                        return new Turn(side, speaker, clock(s.start()), s.text());
                    })
                    .toList();
        }

        static String clock(@Nullable Double seconds) {
            if (seconds == null) {
                return "";
            }
            long whole = Math.round(Math.floor(seconds));
            return whole / 60 + ":" + String.format("%02d", whole % 60);
        }
    }
}
