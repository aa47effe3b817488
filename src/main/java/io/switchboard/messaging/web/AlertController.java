package io.switchboard.messaging.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.messaging.AlertEvent;
import io.switchboard.messaging.AlertRule;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.MessagingAlerts;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/messaging/alerts")
@Tag(
        name = "Messaging alerts",
        description = "Automatic alerts to the team when a lead turns hot or replies: to the Slack account's channel"
                + " or an e-mail address, sent once per event through the send job")
class AlertController {

    private final MessagingAlerts alerts;

    AlertController(MessagingAlerts alerts) {
        this.alerts = alerts;
    }

    /**
     * @param event lead_hot (scoring moved the lead into the hot band) or lead_replied (a reply to a message)
     * @param channel slack (the Slack account's channel) or email
     * @param recipient the team's e-mail address for an e-mail alert; left out for Slack
     */
    record RuleInput(
            @NotNull AlertEvent event, @NotNull Channel channel, @Nullable @Size(max = 320) String recipient) {}

    /** @param rules every alert the organization wants; the ones left out are switched off */
    record RulesInput(@NotNull @Size(max = 20) List<@Valid @NotNull RuleInput> rules) {}

    @GetMapping
    @PreAuthorize("hasAuthority('messaging:manage')")
    @Operation(summary = "The organization's alert rules (none: no automatic alerts)")
    CursorPage<AlertRule> rules() {
        return CursorPage.whole(alerts.rules());
    }

    @PutMapping
    @PreAuthorize("hasAuthority('messaging:manage')")
    @Operation(
            summary = "Set the alert rules (replaces them all)",
            description = "400 invalid_alert_channel for a channel other than slack or email, invalid_alert_recipient"
                    + " for an e-mail alert without a valid address or a Slack alert with one, duplicate_alert for an"
                    + " event and channel named twice. Nothing is changed then.")
    CursorPage<AlertRule> replace(@Valid @RequestBody RulesInput body) {
        List<AlertRule> rules = new java.util.ArrayList<>();
        for (int i = 0; i < body.rules().size(); i++) {
            rules.add(rule(i, body.rules().get(i)));
        }
        return CursorPage.whole(alerts.replace(rules));
    }

    /** The rule, or its problem named by its place in the list ({@code rules[1].recipient}). */
    private static AlertRule rule(int index, RuleInput input) {
        try {
            return new AlertRule(input.event(), input.channel(), input.recipient());
        } catch (InvalidInput wrong) {
            Problem.FieldProblem first = wrong.fieldProblems().getFirst();
            throw new InvalidInput("rules[" + index + "]." + first.field(), wrong.code(), first.message());
        }
    }
}
