package io.switchboard.messaging;

import io.switchboard.messaging.internal.FirstContactStore;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's automatic first contact with new leads (see {@link FirstContact}); the
 * messages themselves are queued by the module when leads arrive.
 */
@Service
public class MessagingFirstContact {

    private final FirstContactStore store;
    private final MessageTemplates templates;

    MessagingFirstContact(FirstContactStore store, MessageTemplates templates) {
        this.store = store;
        this.templates = templates;
    }

    @Transactional(readOnly = true)
    public FirstContact get() {
        return store.get();
    }

    /** Replaces the setting; the template must be one of the organization's, on the same channel. */
    @Transactional
    public FirstContact replace(FirstContact setting) {
        if (setting.templateId() != null) {
            Template template;
            try {
                template = templates.get(setting.templateId());
            } catch (NotFound missing) {
                throw new InvalidInput(
                        "template_id",
                        "unknown_template",
                        "no template " + setting.templateId().value());
            }
            if (template.channel() != setting.channel()) {
                throw new InvalidInput(
                        "template_id",
                        "template_channel_mismatch",
                        "template '" + template.name() + "' is for " + template.channel() + ", not "
                                + setting.channel());
            }
        }
        store.put(setting);
        return store.get();
    }
}
