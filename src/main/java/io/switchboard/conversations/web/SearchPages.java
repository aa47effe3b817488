package io.switchboard.conversations.web;

import io.switchboard.conversations.ConversationSearch;
import io.switchboard.conversations.SearchKind;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.shared.ConsolePage;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's search over call transcripts and lead notes. */
@Controller
@ConsolePage
class SearchPages {

    private final ConversationSearch search;

    SearchPages(ConversationSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    @PreAuthorize("hasAnyAuthority('calls:read', 'leads:read')")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable SearchKind type,
            @RequestParam(required = false) @Nullable String cursor,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("kinds", ConversationSearchController.kinds(null, me));
        if (!q.isBlank()) {
            model.addAttribute(
                    "results",
                    search.search(
                            q,
                            ConversationSearchController.kinds(type == null ? null : List.of(type), me),
                            me.id().value(),
                            cursor,
                            25));
        }
        return "conversations/search";
    }
}
