package io.switchboard.leads.web;

import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.Pipeline;
import io.switchboard.leads.PipelineId;
import io.switchboard.leads.PipelineManagement;
import io.switchboard.leads.StageId;
import io.switchboard.shared.ConsolePage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pipeline board: a column per stage; dragging a card to another column moves the lead. */
@Controller
@ConsolePage
class PipelinePages {

    static final int CARDS_PER_STAGE = 50;

    private final PipelineManagement pipelines;
    private final LeadManagement leads;
    private final LeadPages listPages;

    PipelinePages(PipelineManagement pipelines, LeadManagement leads, LeadPages listPages) {
        this.pipelines = pipelines;
        this.leads = leads;
        this.listPages = listPages;
    }

    @GetMapping("/pipeline")
    @PreAuthorize("hasAuthority('leads:read')")
    String board(@RequestParam(name = "pipeline_id", required = false) @Nullable UUID pipelineId, Model model) {
        Pipeline pipeline = pipelineId == null ? pipelines.defaultPipeline() : pipelines.get(PipelineId.of(pipelineId));
        Map<Pipeline.Stage, List<Lead>> columns = new LinkedHashMap<>();
        Map<StageId, Integer> counts = new LinkedHashMap<>();
        for (Pipeline.Stage stage : pipeline.stages()) {
            LeadFilter filter = LeadFilter.inStage(stage.id());
            columns.put(stage, leads.list(filter, null, CARDS_PER_STAGE).data());
            counts.put(stage.id(), leads.count(filter));
        }
        model.addAttribute("pipeline", pipeline);
        model.addAttribute("columns", columns);
        model.addAttribute("counts", counts);
        listPages.addChoices(model);
        return "leads/pipeline";
    }
}
