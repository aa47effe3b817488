package io.switchboard.conversations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.conversations.ConversationSearch;
import io.switchboard.conversations.SearchKind;
import io.switchboard.conversations.SearchResults;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.shared.Forbidden;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "Full-text search over call transcripts and lead notes")
class ConversationSearchController {

    private final ConversationSearch search;

    ConversationSearchController(ConversationSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search/conversations")
    @PreAuthorize("hasAnyAuthority('calls:read', 'leads:read')")
    @Operation(
            summary = "Search call transcripts and lead notes (\"who asked about financing?\")",
            description = "PostgreSQL full-text search in web-search syntax: words, \"quoted phrases\", or, -word;"
                    + " English, Spanish, French, German and Portuguese words match their other forms (financing"
                    + " finds financed). Best match first (ts_rank); each hit has an excerpt with the matches"
                    + " marked (snippet.parts). When no document holds every word of a plain question, the"
                    + " results are those holding some of them and match is \"any\". Transcripts need"
                    + " calls:read, notes leads:read; private notes are found by their author only.")
    SearchResults conversations(
            @Parameter(description = "the query, 1 to 200 characters")
                    @RequestParam
                    @Size(max = ConversationSearch.MAX_QUERY)
                    String q,
            @Parameter(description = "transcript, note or both (default: whatever the caller may read)")
                    @RequestParam(required = false)
                    @Nullable
                    @Size(max = 10)
                    List<SearchKind> type,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit,
            @AuthenticationPrincipal AuthenticatedUser me) {
        return search.search(q, kinds(type, me), me.id().value(), cursor, limit);
    }

    static Set<SearchKind> kinds(@Nullable List<SearchKind> requested, AuthenticatedUser me) {
        Set<SearchKind> allowed = EnumSet.noneOf(SearchKind.class);
        if (me.has(Permission.CALLS_READ)) {
            allowed.add(SearchKind.TRANSCRIPT);
        }
        if (me.has(Permission.LEADS_READ)) {
            allowed.add(SearchKind.NOTE);
        }
        if (requested == null || requested.isEmpty()) {
            return allowed;
        }
        Set<SearchKind> kinds = EnumSet.noneOf(SearchKind.class);
        requested.stream().filter(java.util.Objects::nonNull).forEach(kinds::add);
        if (kinds.isEmpty()) {
            return allowed;
        }
        if (!allowed.containsAll(kinds)) {
            throw new Forbidden(
                    "permission_denied", "searching transcripts needs calls:read, searching notes leads:read");
        }
        return kinds;
    }
}
