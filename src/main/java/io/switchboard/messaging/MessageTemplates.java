package io.switchboard.messaging;

import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.messaging.internal.TemplateStore;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Message templates: every change is a new version, and a message records the one it used. */
@Service
public class MessageTemplates {

    private static final Set<String> CATEGORIES = Set.of("marketing", "utility", "authentication");

    /** A rendered template: what the lead would get. */
    public record Preview(@Nullable String subject, String body, int version) {}

    private final TemplateStore store;
    private final LeadManagement leads;

    MessageTemplates(TemplateStore store, LeadManagement leads) {
        this.store = store;
        this.leads = leads;
    }

    @Transactional
    public Template create(TemplateDraft draft, java.util.@Nullable UUID by) {
        TemplateDraft clean = check(draft);
        if (store.nameTaken(clean, null)) {
            throw new Conflict(
                    "name_taken", "a template named " + clean.name() + " exists for this channel and language");
        }
        return store.insert(clean, by);
    }

    @Transactional
    public Template update(TemplateId id, TemplateDraft draft, java.util.@Nullable UUID by) {
        TemplateDraft clean = check(draft);
        if (store.nameTaken(clean, id)) {
            throw new Conflict(
                    "name_taken", "a template named " + clean.name() + " exists for this channel and language");
        }
        return store.update(id, clean, by).orElseThrow(() -> new NotFound("template", id));
    }

    @Transactional(readOnly = true)
    public Template get(TemplateId id) {
        return store.find(id).orElseThrow(() -> new NotFound("template", id));
    }

    @Transactional(readOnly = true)
    public CursorPage<Template> list(@Nullable Channel channel, @Nullable String cursor, @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        return CursorPage.of(store.list(channel, CursorPage.after(cursor), size), size, t -> t.id().value());
    }

    /** The template rendered for a lead; a variable with no value is a 400 naming it. */
    @Transactional(readOnly = true)
    public Preview preview(TemplateId id, LeadId leadId, Map<String, String> variables) {
        Template template = get(id);
        Lead lead = leads.get(leadId);
        Map<String, String> values = values(lead, variables);
        return new Preview(
                template.subject() == null ? null : TemplateText.render(template.subject(), values),
                TemplateText.render(template.body(), values),
                template.version());
    }

    /** The lead's own fields as variables, then the given ones over them. */
    static Map<String, String> values(Lead lead, Map<String, String> variables) {
        Map<String, String> values = new HashMap<>();
        values.put("name", lead.name());
        values.put("first_name", lead.name().strip().split("\\s+")[0]);
        put(values, "email", lead.email());
        put(values, "phone", lead.phone());
        put(values, "company", lead.company());
        lead.customFields().forEach((key, value) -> put(values, key, value == null ? null : value.toString()));
        values.putAll(variables);
        return values;
    }

    private static void put(Map<String, String> values, String key, @Nullable String value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    private static TemplateDraft check(TemplateDraft draft) {
        if (draft.channel() == Channel.EMAIL
                && (draft.subject() == null || draft.subject().isBlank())) {
            throw new InvalidInput("subject", "subject_required", "an e-mail template needs a subject");
        }
        if (draft.category() != null && !CATEGORIES.contains(draft.category())) {
            throw new InvalidInput("category", "invalid_category", "must be one of marketing, utility, authentication");
        }
        List<String> used = TemplateText.variables(draft.subject(), draft.body());
        // WhatsApp templates are reviewed by Meta; the others are usable at once
        Approval approval = draft.channel() == Channel.WHATSAPP ? draft.approval() : Approval.APPROVED;
        return new TemplateDraft(
                draft.name().strip(),
                draft.channel(),
                draft.language(),
                draft.subject(),
                draft.body(),
                used,
                draft.channel() == Channel.WHATSAPP && draft.category() == null ? "utility" : draft.category(),
                approval);
    }
}
