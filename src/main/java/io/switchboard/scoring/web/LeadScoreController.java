package io.switchboard.scoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.leads.LeadId;
import io.switchboard.scoring.LeadScoring;
import io.switchboard.scoring.ScoreBreakdown;
import io.switchboard.scoring.ScoreChange;
import io.switchboard.shared.CursorPage;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Scoring")
class LeadScoreController {

    private final LeadScoring scoring;

    LeadScoreController(LeadScoring scoring) {
        this.scoring = scoring;
    }

    @GetMapping("/api/v1/leads/{id}/score")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(
            summary = "A lead's score explained",
            description = "The components (rules that apply, the analysed call or a score set by hand) with their "
                    + "points and effective points (decayed as of now, scaled to their group's cap), the temperature, "
                    + "and the model's win probability with its top 3 positive and negative factors.")
    ScoreBreakdown score(@PathVariable UUID id) {
        return scoring.breakdown(LeadId.of(id));
    }

    @GetMapping("/api/v1/leads/{id}/score-history")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "Every change of a lead's score with its reason, newest first (cursor pagination)")
    CursorPage<ScoreChange> history(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return scoring.history(LeadId.of(id), cursor, limit);
    }
}
