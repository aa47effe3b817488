package io.switchboard.messaging.internal;

import static io.switchboard.db.Tables.MESSAGES;

import io.switchboard.db.tables.Messages;
import io.switchboard.leads.LeadId;
import io.switchboard.messaging.MessageId;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.MessagingCampaigns.Funnel;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The messages campaigns sent: one per campaign and lead (a unique index), and their funnel. */
@Repository
public class CampaignMessageStore {

    private static final List<String> WAITING = List.of("scheduled", "queued", "sending");
    private static final List<String> DELIVERED = List.of("delivered", "read");
    private static final List<String> FAILED = List.of("failed", "undelivered", "expired");

    private final DSLContext db;

    CampaignMessageStore(DSLContext db) {
        this.db = db;
    }

    public Optional<MessageId> of(UUID campaign, LeadId lead) {
        return db.select(MESSAGES.ID)
                .from(MESSAGES)
                .where(MESSAGES.CAMPAIGN_ID.eq(campaign), MESSAGES.LEAD_ID.eq(lead.value()))
                .fetchOptional(r -> MessageId.of(r.value1()));
    }

    /** Marks a message as the campaign's (a second one for the same lead breaks the unique index). */
    public void tag(MessageId message, UUID campaign) {
        db.update(MESSAGES)
                .set(MESSAGES.CAMPAIGN_ID, campaign)
                .where(MESSAGES.ID.eq(message.value()))
                .execute();
    }

    /** One statement: the campaign's messages by where they stand, and how many leads wrote back after theirs. */
    public Funnel funnel(UUID campaign) {
        Messages reply = MESSAGES.as("reply");
        Condition replied = DSL.exists(DSL.selectOne()
                .from(reply)
                .where(
                        reply.LEAD_ID.eq(MESSAGES.LEAD_ID),
                        reply.CHANNEL.eq(MESSAGES.CHANNEL),
                        reply.DIRECTION.eq("inbound"),
                        reply.ID.gt(MESSAGES.ID)));
        Field<Integer> waiting = DSL.count().filterWhere(MESSAGES.STATUS.in(WAITING));
        Field<Integer> delivered = DSL.count().filterWhere(MESSAGES.STATUS.in(DELIVERED));
        Field<Integer> read = DSL.count().filterWhere(MESSAGES.STATUS.eq("read"));
        Field<Integer> failed = DSL.count().filterWhere(MESSAGES.STATUS.in(FAILED));
        Field<Integer> replies = DSL.count().filterWhere(replied);
        return db.select(DSL.count(), waiting, delivered, read, failed, replies)
                .from(MESSAGES)
                .where(MESSAGES.CAMPAIGN_ID.eq(campaign))
                .fetchOne(r -> new Funnel(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** The status of the campaign's message to each of these leads (those it messaged). */
    public Map<UUID, MessageStatus> statuses(UUID campaign, Collection<UUID> leads) {
        Map<UUID, MessageStatus> statuses = new LinkedHashMap<>();
        db.select(MESSAGES.LEAD_ID, MESSAGES.STATUS)
                .from(MESSAGES)
                .where(MESSAGES.CAMPAIGN_ID.eq(campaign), MESSAGES.LEAD_ID.in(leads))
                .forEach(r -> statuses.put(r.value1(), MessageStatus.fromCode(r.value2())));
        return statuses;
    }
}
