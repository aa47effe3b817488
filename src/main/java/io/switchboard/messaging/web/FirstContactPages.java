package io.switchboard.messaging.web;

import io.switchboard.messaging.FirstContact;
import io.switchboard.messaging.MessageTemplates;
import io.switchboard.messaging.MessagingFirstContact;
import io.switchboard.messaging.Template;
import io.switchboard.messaging.TemplateId;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The first-contact card of the messaging page: a person picks a template (its channel comes with
 * it), the delay, and whether it is on.
 */
@Controller
@ConsolePage
class FirstContactPages {

    private static final int TEMPLATES = 100;

    private final MessagingFirstContact firstContact;
    private final MessageTemplates templates;

    FirstContactPages(MessagingFirstContact firstContact, MessageTemplates templates) {
        this.firstContact = firstContact;
        this.templates = templates;
    }

    @PostMapping("/messaging/first-contact")
    @PreAuthorize("hasAuthority('messaging:manage')")
    String save(
            @RequestParam(required = false) @Nullable String enabled,
            @RequestParam(name = "template_id", required = false) @Nullable UUID templateId,
            @RequestParam(name = "delay_minutes") int delayMinutes,
            Model model) {
        Template template = templateId == null ? null : template(templateId);
        if (enabled != null && template == null) {
            // the channel comes with the template: the one thing to ask for is the template
            throw new InvalidInput("template_id", "template_required", "choose which template to send");
        }
        FirstContact saved = firstContact.replace(new FirstContact(
                enabled != null,
                template == null ? null : template.channel(),
                template == null ? null : template.id(),
                delayMinutes));
        show(saved, templates, model);
        model.addAttribute("firstContactSaved", true);
        return "messaging/settings :: first-contact";
    }

    static void show(FirstContact setting, MessageTemplates templates, Model model) {
        model.addAttribute("firstContact", setting);
        List<Template> toLeads = templates.list(null, null, TEMPLATES).data().stream()
                .filter(t -> t.channel().reachesLead())
                .toList();
        model.addAttribute("firstContactTemplates", toLeads);
    }

    private Template template(UUID id) {
        try {
            return templates.get(TemplateId.of(id));
        } catch (NotFound missing) {
            throw new InvalidInput("template_id", "unknown_template", "choose one of the templates");
        }
    }
}
