package io.switchboard.messaging.internal;

import static io.switchboard.db.Tables.MESSAGING_ALERT_RULES;

import io.switchboard.messaging.AlertEvent;
import io.switchboard.messaging.AlertRule;
import io.switchboard.messaging.Channel;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The organization's alert rules: which events alert, through which channel, to whom. */
@Repository
public class AlertStore {

    private final DSLContext db;

    AlertStore(DSLContext db) {
        this.db = db;
    }

    public List<AlertRule> all() {
        return db.selectFrom(MESSAGING_ALERT_RULES)
                .orderBy(MESSAGING_ALERT_RULES.EVENT, MESSAGING_ALERT_RULES.CHANNEL)
                .fetch(r -> new AlertRule(
                        AlertEvent.fromCode(r.getEvent()), Channel.fromCode(r.getChannel()), r.getRecipient()));
    }

    public List<AlertRule> of(AlertEvent event) {
        return all().stream().filter(r -> r.event() == event).toList();
    }

    /**
     * Replaces the rules with {@code rules}: those that stay keep their rows (and the audit trail shows
     * only what changed), the others are removed.
     */
    public void replace(List<AlertRule> rules) {
        UUID organization = TenantContext.require().value();
        var keep = db.deleteFrom(MESSAGING_ALERT_RULES);
        if (rules.isEmpty()) {
            keep.execute();
            return;
        }
        var wanted = rules.stream()
                .map(r -> MESSAGING_ALERT_RULES
                        .EVENT
                        .eq(r.event().toString())
                        .and(MESSAGING_ALERT_RULES.CHANNEL.eq(r.channel().toString())))
                .toList();
        keep.where(org.jooq.impl.DSL.not(org.jooq.impl.DSL.or(wanted))).execute();
        rules.forEach(rule -> upsert(organization, rule));
    }

    private void upsert(UUID organization, AlertRule rule) {
        db.insertInto(MESSAGING_ALERT_RULES)
                .set(MESSAGING_ALERT_RULES.ORGANIZATION_ID, organization)
                .set(MESSAGING_ALERT_RULES.ID, Ids.next())
                .set(MESSAGING_ALERT_RULES.EVENT, rule.event().toString())
                .set(MESSAGING_ALERT_RULES.CHANNEL, rule.channel().toString())
                .set(MESSAGING_ALERT_RULES.RECIPIENT, rule.recipient())
                .onConflict(
                        MESSAGING_ALERT_RULES.ORGANIZATION_ID,
                        MESSAGING_ALERT_RULES.EVENT,
                        MESSAGING_ALERT_RULES.CHANNEL)
                .doUpdate()
                .set(MESSAGING_ALERT_RULES.RECIPIENT, rule.recipient())
                .where(MESSAGING_ALERT_RULES.RECIPIENT.isDistinctFrom(rule.recipient()))
                .execute();
    }
}
