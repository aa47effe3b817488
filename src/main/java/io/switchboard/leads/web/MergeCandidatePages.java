package io.switchboard.leads.web;

import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.LeadSort;
import io.switchboard.shared.ConsolePage;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The merge form's type-ahead: the leads matching what was typed (the lead list's own search, so
 * it sees exactly the leads the list would), without the lead being merged into.
 */
@Controller
@ConsolePage
class MergeCandidatePages {

    static final int SHOWN = 8;

    private final LeadManagement leads;

    MergeCandidatePages(LeadManagement leads) {
        this.leads = leads;
    }

    @GetMapping("/leads/{id}/merge-candidates")
    @PreAuthorize("hasAuthority('leads:write')")
    String candidates(@PathVariable UUID id, @RequestParam(required = false) @Nullable String q, Model model) {
        List<Lead> found = List.of();
        if (q != null && !q.isBlank()) {
            var params = new LinkedMultiValueMap<String, String>();
            params.add("q", q.strip());
            found = leads.list(LeadFilters.parse(params), LeadSort.NEWEST, null, SHOWN + 1).data().stream()
                    .filter(l -> !l.id().value().equals(id))
                    .limit(SHOWN)
                    .toList();
        }
        model.addAttribute("candidates", found);
        model.addAttribute("q", q);
        return "leads/detail :: merge-candidates";
    }
}
