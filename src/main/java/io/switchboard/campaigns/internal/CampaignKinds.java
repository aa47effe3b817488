package io.switchboard.campaigns.internal;

import io.switchboard.campaigns.CampaignStatus;
import io.switchboard.campaigns.CampaignType;
import io.switchboard.db.tables.records.CampaignsRecord;
import io.switchboard.leads.LeadFilter;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.MessageTemplates;
import io.switchboard.messaging.Template;
import io.switchboard.messaging.TemplateId;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.Patches;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which fields a campaign's type takes: a message campaign (sms, email, whatsapp) sends one
 * template of its channel and has none of the calling fields (agent, team, caller numbers,
 * concurrency, attempts, retries, budget, goals); a calling campaign has no template. Checked on the
 * record as it will be stored, so that a create and a patch answer alike, before anything is stored.
 */
@Component
public class CampaignKinds {

    /** The request fields that only a calling campaign takes, as the API names them. */
    public static final List<String> CALLING_ONLY = List.of(
            "ai_agent_id",
            "team_id",
            "caller_number_ids",
            "max_concurrent_calls",
            "max_attempts",
            "retry_delays",
            "budget_minor",
            "budget_currency",
            "goals");

    private final MessageTemplates templates;

    CampaignKinds(MessageTemplates templates) {
        this.templates = templates;
    }

    /** Whom a campaign of this type targets when its criteria are not given. */
    public static LeadFilter defaultCriteria(CampaignType type) {
        return type == CampaignType.EMAIL ? LeadFilter.all() : LeadFilter.withPhone();
    }

    /** The names of {@link #CALLING_ONLY} whose value (in that order) a request set. */
    public static Set<String> given(@Nullable Object... callingOnlyValues) {
        Set<String> given = new HashSet<>();
        for (int i = 0; i < CALLING_ONLY.size(); i++) {
            if (callingOnlyValues[i] != null) {
                given.add(CALLING_ONLY.get(i));
            }
        }
        return given;
    }

    public CampaignType type(CampaignsRecord r) {
        return CampaignType.fromCode(r.getCampaignType());
    }

    /** Sets a new campaign's template (none for a calling one) and its caller numbers to none yet. */
    public void created(CampaignsRecord r, @Nullable UUID template) {
        r.setTemplateId(template);
        r.setCallerNumberIds(new UUID[0]);
    }

    /**
     * A patch of the type and the template. A campaign turns from calling to messaging (or back)
     * only while it is a draft.
     */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    public void patch(CampaignsRecord r, @Nullable Optional<CampaignType> type, @Nullable Optional<UUID> template) {
        CampaignType before = type(r);
        Patches.require(type, "type", v -> r.setCampaignType(v.toString()));
        Patches.apply(template, r::setTemplateId);
        CampaignType after = type(r);
        CampaignStatus status = CampaignStatus.fromCode(r.getStatus());
        if (before.messages() != after.messages() && status != CampaignStatus.DRAFT) {
            throw new InvalidInput(
                    "type", "type_locked", "a " + status + " " + before + " campaign cannot become " + after);
        }
    }

    /**
     * @param given the request's fields that were set (API names)
     * @throws io.switchboard.shared.NotFound for a template that is not the organization's (another
     *     organization's included)
     */
    public void check(CampaignsRecord r, Set<String> given) {
        CampaignType type = CampaignType.fromCode(r.getCampaignType());
        Channel channel = type.channel();
        if (channel == null) {
            if (r.getTemplateId() != null) {
                throw new InvalidInput(
                        "template_id", "not_for_calls", "a " + type + " campaign sends no template; leave it out");
            }
            return;
        }
        for (String field : CALLING_ONLY) {
            if (given.contains(field)) {
                throw new InvalidInput(field, "not_for_messages", "applies to calling campaigns only, not to " + type);
            }
        }
        if (r.getAiAgentId() != null || r.getTeamId() != null || r.getCallerNumberIds().length > 0) {
            throw new InvalidInput(
                    "type", "not_for_messages", "clear ai_agent_id, team_id and caller_number_ids to make it " + type);
        }
        if (r.getTemplateId() == null) {
            throw new InvalidInput("template_id", "template_required", "a " + type + " campaign needs a template");
        }
        Template template = templates.get(TemplateId.of(r.getTemplateId()));
        if (template.channel() != channel) {
            throw new InvalidInput(
                    "template_id",
                    "template_channel_mismatch",
                    "is a " + template.channel() + " template; a " + type + " campaign needs a " + channel + " one");
        }
    }
}
