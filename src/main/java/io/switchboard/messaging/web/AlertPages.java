package io.switchboard.messaging.web;

import io.switchboard.messaging.AlertEvent;
import io.switchboard.messaging.AlertRule;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.MessagingAlerts;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The alerts card of the messaging page: per event, Slack and/or an e-mail address of the team.
 * Fields are named {@code <event>_slack}, {@code <event>_email} and {@code <event>_recipient}, so a
 * wrong address is shown next to its field.
 */
@Controller
@ConsolePage
class AlertPages {

    private final MessagingAlerts alerts;

    AlertPages(MessagingAlerts alerts) {
        this.alerts = alerts;
    }

    /** One line of the card: an event and where it alerts now. */
    record Row(AlertEvent event, String label, boolean slack, boolean email, String recipient) {}

    @PostMapping("/messaging/alerts")
    @PreAuthorize("hasAuthority('messaging:manage')")
    String save(@RequestParam MultiValueMap<String, String> form, Model model) {
        List<AlertRule> rules = new ArrayList<>();
        for (AlertEvent event : AlertEvent.values()) {
            if (form.containsKey(event + "_slack")) {
                rules.add(new AlertRule(event, Channel.SLACK, null));
            }
            if (form.containsKey(event + "_email")) {
                rules.add(email(event, form.getFirst(event + "_recipient")));
            }
        }
        show(alerts.replace(rules), model);
        model.addAttribute("alertsSaved", true);
        return "messaging/settings :: alerts";
    }

    static void show(List<AlertRule> rules, Model model) {
        Map<AlertEvent, Row> rows = new LinkedHashMap<>();
        for (AlertEvent event : AlertEvent.values()) {
            List<AlertRule> of = rules.stream().filter(r -> r.event() == event).toList();
            String recipient = of.stream()
                    .filter(r -> r.channel() == Channel.EMAIL)
                    .map(AlertRule::recipient)
                    .findFirst()
                    .orElse("");
            rows.put(
                    event,
                    new Row(
                            event,
                            event.label(),
                            of.stream().anyMatch(r -> r.channel() == Channel.SLACK),
                            !recipient.isEmpty(),
                            recipient));
        }
        model.addAttribute("alertRows", List.copyOf(rows.values()));
    }

    private static AlertRule email(AlertEvent event, String recipient) {
        try {
            return new AlertRule(event, Channel.EMAIL, recipient);
        } catch (InvalidInput wrong) {
            throw new InvalidInput(
                    event + "_recipient",
                    "invalid_alert_recipient",
                    "give the team's e-mail address, e.g. sales@example.com");
        }
    }
}
