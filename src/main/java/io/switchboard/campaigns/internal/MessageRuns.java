package io.switchboard.campaigns.internal;

import io.switchboard.campaigns.CampaignType;
import io.switchboard.db.tables.records.CampaignsRecord;
import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.messaging.Approval;
import io.switchboard.messaging.MessageTemplates;
import io.switchboard.messaging.Template;
import io.switchboard.messaging.TemplateId;
import io.switchboard.shared.Conflict;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Starting a message campaign's run on the job engine (keyed by the campaign: never two at once). */
@Component
public class MessageRuns {

    private final Jobs jobs;
    private final Job<MessageRun.Due> job;
    private final MessageTemplates templates;
    private final Clock clock;

    MessageRuns(Jobs jobs, Job<MessageRun.Due> job, MessageTemplates templates, Clock clock) {
        this.jobs = jobs;
        this.job = job;
        this.templates = templates;
        this.clock = clock;
    }

    /** A message campaign starts only with a template the provider will take (WhatsApp's approval). */
    public void ready(CampaignsRecord r) {
        if (!CampaignType.fromCode(r.getCampaignType()).messages()) {
            return;
        }
        Template template = templates.get(TemplateId.of(r.getTemplateId()));
        if (template.approval() != Approval.APPROVED) {
            throw new Conflict(
                    "template_not_approved",
                    "the template '" + template.name() + "' is " + template.approval() + "; it must be approved first");
        }
    }

    /** Runs the campaign now (in the caller's transaction: the run exists once the start commits). */
    public void start(CampaignsRecord r) {
        if (CampaignType.fromCode(r.getCampaignType()).messages()) {
            jobs.schedule(job, r.getId().toString(), new MessageRun.Due(r.getId()), clock.instant());
        }
    }
}
