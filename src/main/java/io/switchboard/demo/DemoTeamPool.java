package io.switchboard.demo;

import io.switchboard.identity.User;
import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.LeadSource;
import io.switchboard.leads.LeadStatus;
import io.switchboard.leads.NewLead;
import io.switchboard.leads.PipelineManagement;
import io.switchboard.leads.Temperature;
import io.switchboard.tenancy.ProjectId;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Two Lakeside leads nobody owns yet, so record reach shows on first start: the Sales Floor agents
 * see them beside their own and take them; Client Care's agent does not see them at all.
 */
@Component
class DemoTeamPool {

    private static final String[][] POOL = {
        {"Noah Fischer", "(512) 555-0191", "noah.fischer@example.com"},
        // not 555-0126: the sample import (a background job) holds that number, and when it finished
        // first this lead was refused as its duplicate and the whole demo failed to load
        {"Lena Okafor", "(737) 555-0127", "lena.okafor@example.com"}
    };

    private final LeadManagement leads;
    private final PipelineManagement pipelines;

    DemoTeamPool(LeadManagement leads, PipelineManagement pipelines) {
        this.leads = leads;
        this.pipelines = pipelines;
    }

    /** Must run in the demo organization's tenant context. */
    void create(ProjectId lakeside, User admin) {
        var firstStage = pipelines.defaultPipeline().stages().getFirst().id();
        for (String[] p : POOL) {
            leads.create(
                    new NewLead(
                            p[0],
                            p[2],
                            p[1],
                            null,
                            null,
                            null,
                            LeadSource.WEBSITE,
                            LeadStatus.NEW,
                            Temperature.WARM,
                            50,
                            firstStage,
                            null,
                            null,
                            lakeside,
                            null,
                            null,
                            Map.of(),
                            null,
                            false),
                    admin.id().value());
        }
    }
}
