package io.switchboard.messaging.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.FirstContact;
import io.switchboard.messaging.MessagingFirstContact;
import io.switchboard.messaging.TemplateId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/messaging/first-contact")
@Tag(
        name = "Messaging first contact",
        description = "Every lead that arrives (not an import or an inbound call) gets a template on one channel within"
                + " N minutes, unless someone called or messaged it first; the lead's send policy still decides")
class FirstContactController {

    private final MessagingFirstContact firstContact;

    FirstContactController(MessagingFirstContact firstContact) {
        this.firstContact = firstContact;
    }

    /**
     * @param enabled whether new leads get the first contact
     * @param channel email, sms or whatsapp
     * @param templateId a template of that channel
     * @param delayMinutes after the lead arrives, 0 (at once) to 1440
     */
    record FirstContactInput(
            @NotNull Boolean enabled,
            @Nullable Channel channel,
            @Nullable UUID templateId,
            @NotNull @Min(0) @Max(1440) Integer delayMinutes) {}

    /** @param delayMinutes after the lead arrives */
    record FirstContactView(boolean enabled, @Nullable Channel channel, @Nullable UUID templateId, int delayMinutes) {

        static FirstContactView of(FirstContact setting) {
            return new FirstContactView(
                    setting.enabled(),
                    setting.channel(),
                    setting.templateId() == null ? null : setting.templateId().value(),
                    setting.delayMinutes());
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('messages:read')")
    @Operation(summary = "The organization's first contact with new leads (off until an admin turns it on)")
    FirstContactView get() {
        return FirstContactView.of(firstContact.get());
    }

    @PutMapping
    @PreAuthorize("hasAuthority('messaging:manage')")
    @Operation(
            summary = "Set the first contact with new leads",
            description = "400 channel_required or template_required to turn it on without them, invalid_channel for"
                    + " slack, unknown_template, template_channel_mismatch for a template of another channel,"
                    + " validation_failed for a delay outside 0 to 1440 minutes. Nothing is changed then.")
    FirstContactView replace(@Valid @RequestBody FirstContactInput body) {
        return FirstContactView.of(firstContact.replace(new FirstContact(
                body.enabled(),
                body.channel(),
                body.templateId() == null ? null : TemplateId.of(body.templateId()),
                body.delayMinutes())));
    }
}
