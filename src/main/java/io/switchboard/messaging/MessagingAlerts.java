package io.switchboard.messaging;

import io.switchboard.messaging.internal.AlertStore;
import io.switchboard.shared.InvalidInput;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's automatic alerts: which events about its leads alert the team, and where
 * (see {@link AlertRule}). The alerts themselves are raised by the module when the events happen.
 */
@Service
public class MessagingAlerts {

    private final AlertStore store;

    MessagingAlerts(AlertStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public List<AlertRule> rules() {
        return store.all();
    }

    /** Replaces the rules; an event with no rule raises no alert. */
    @Transactional
    public List<AlertRule> replace(List<AlertRule> rules) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            AlertRule rule = rules.get(i);
            if (!seen.add(rule.event() + "/" + rule.channel())) {
                throw new InvalidInput(
                        "rules[" + i + "]",
                        "duplicate_alert",
                        "names " + rule.event() + " on " + rule.channel() + " a second time");
            }
        }
        store.replace(rules);
        return store.all();
    }
}
