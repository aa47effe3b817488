package io.switchboard.identity.internal;

import static io.switchboard.db.Tables.MAIL_OUTBOX;

import io.switchboard.db.tables.records.MailOutboxRecord;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Mail waiting to be sent (or sent), written in the transaction that causes it. */
@Repository
public class MailOutbox {

    private final DSLContext db;

    MailOutbox(DSLContext db) {
        this.db = db;
    }

    /** Stores a mail to send; {@link MailQueue} schedules its sending. */
    UUID enqueue(String recipient, String subject, String body, String kind) {
        UUID id = Ids.next();
        db.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.ORGANIZATION_ID, TenantContext.require().value())
                .set(MAIL_OUTBOX.ID, id)
                .set(MAIL_OUTBOX.RECIPIENT, recipient)
                .set(MAIL_OUTBOX.SUBJECT, subject)
                .set(MAIL_OUTBOX.BODY, body)
                .set(MAIL_OUTBOX.KIND, kind)
                .execute();
        return id;
    }

    /** The mail if it still waits to be sent, locked for the sending transaction. */
    Optional<MailOutboxRecord> lockQueued(UUID id) {
        return db.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.ID.eq(id))
                .and(MAIL_OUTBOX.STATUS.eq(MailStatus.QUEUED.toString()))
                .forUpdate()
                .fetchOptional();
    }

    public void markSent(MailOutboxRecord mail, boolean keepBody) {
        var update = db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.SENT.toString())
                .set(MAIL_OUTBOX.SENT_AT, DSL.currentOffsetDateTime())
                .set(MAIL_OUTBOX.ATTEMPTS, mail.getAttempts() + 1)
                .set(MAIL_OUTBOX.LAST_ERROR, (String) null);
        if (!keepBody) {
            // The body may hold a live one-time link: once delivered, it is not kept.
            update = update.set(MAIL_OUTBOX.BODY, "");
        }
        update.where(MAIL_OUTBOX.ID.eq(mail.getId())).execute();
    }

    public void markFailed(MailOutboxRecord mail, String error, Instant nextAttempt, boolean giveUp) {
        db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, (giveUp ? MailStatus.FAILED : MailStatus.QUEUED).toString())
                .set(MAIL_OUTBOX.ATTEMPTS, mail.getAttempts() + 1)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, Users.utc(nextAttempt))
                .set(MAIL_OUTBOX.LAST_ERROR, error.length() > 2000 ? error.substring(0, 2000) : error)
                .where(MAIL_OUTBOX.ID.eq(mail.getId()))
                .execute();
    }

    public List<MailOutboxRecord> recent(int limit) {
        return db.selectFrom(MAIL_OUTBOX)
                .orderBy(MAIL_OUTBOX.ID.desc())
                .limit(limit)
                .fetch();
    }
}
