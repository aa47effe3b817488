package io.switchboard.messaging.internal;

import static io.switchboard.db.Tables.MESSAGING_SYSTEM_MAIL;

import io.switchboard.db.tables.records.MessagingSystemMailRecord;
import io.switchboard.messaging.SystemMailStatus;
import io.switchboard.messaging.SystemMails;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** System mail waiting to be sent (or sent, or given up), written in the transaction that causes it. */
@Repository
public class SystemMailOutbox {

    private final DSLContext db;

    SystemMailOutbox(DSLContext db) {
        this.db = db;
    }

    /** Stores a mail to send; {@link SystemMailQueue} schedules its sending. */
    UUID enqueue(String recipient, String subject, String body, String kind, boolean sensitive) {
        UUID id = Ids.next();
        db.insertInto(MESSAGING_SYSTEM_MAIL)
                .set(
                        MESSAGING_SYSTEM_MAIL.ORGANIZATION_ID,
                        TenantContext.require().value())
                .set(MESSAGING_SYSTEM_MAIL.ID, id)
                .set(MESSAGING_SYSTEM_MAIL.RECIPIENT, recipient)
                .set(MESSAGING_SYSTEM_MAIL.SUBJECT, subject)
                .set(MESSAGING_SYSTEM_MAIL.BODY, body)
                .set(MESSAGING_SYSTEM_MAIL.KIND, kind)
                .set(MESSAGING_SYSTEM_MAIL.SENSITIVE, sensitive)
                .execute();
        return id;
    }

    /** The mail if it still waits to be sent, locked for the sending transaction. */
    Optional<MessagingSystemMailRecord> lockQueued(UUID id) {
        return db.selectFrom(MESSAGING_SYSTEM_MAIL)
                .where(MESSAGING_SYSTEM_MAIL.ID.eq(id))
                .and(MESSAGING_SYSTEM_MAIL.STATUS.eq(SystemMailStatus.QUEUED.toString()))
                .forUpdate()
                .fetchOptional();
    }

    void markSent(MessagingSystemMailRecord mail) {
        var update = db.update(MESSAGING_SYSTEM_MAIL)
                .set(MESSAGING_SYSTEM_MAIL.STATUS, SystemMailStatus.SENT.toString())
                .set(MESSAGING_SYSTEM_MAIL.SENT_AT, DSL.currentOffsetDateTime())
                .set(MESSAGING_SYSTEM_MAIL.ATTEMPTS, mail.getAttempts() + 1)
                .set(MESSAGING_SYSTEM_MAIL.LAST_ERROR, (String) null);
        if (mail.getSensitive()) {
            // The body holds a live one-time link: once delivered, it is not kept anywhere.
            update = update.set(MESSAGING_SYSTEM_MAIL.BODY, "");
        }
        update.where(MESSAGING_SYSTEM_MAIL.ID.eq(mail.getId())).execute();
    }

    void markFailed(MessagingSystemMailRecord mail, String error, Instant nextAttempt, boolean giveUp) {
        db.update(MESSAGING_SYSTEM_MAIL)
                .set(
                        MESSAGING_SYSTEM_MAIL.STATUS,
                        (giveUp ? SystemMailStatus.FAILED : SystemMailStatus.QUEUED).toString())
                .set(MESSAGING_SYSTEM_MAIL.ATTEMPTS, mail.getAttempts() + 1)
                .set(MESSAGING_SYSTEM_MAIL.NEXT_ATTEMPT_AT, nextAttempt.atOffset(ZoneOffset.UTC))
                .set(MESSAGING_SYSTEM_MAIL.LAST_ERROR, error.length() > 2000 ? error.substring(0, 2000) : error)
                .where(MESSAGING_SYSTEM_MAIL.ID.eq(mail.getId()))
                .execute();
    }

    /** The organization's mail, newest first, after a mail (a cursor) and of a status when given. */
    public List<SystemMails.Mail> page(int limit, @Nullable UUID after, @Nullable SystemMailStatus status) {
        Condition where = DSL.noCondition();
        if (after != null) {
            where = where.and(MESSAGING_SYSTEM_MAIL.ID.lt(after));
        }
        if (status != null) {
            where = where.and(MESSAGING_SYSTEM_MAIL.STATUS.eq(status.toString()));
        }
        return db.selectFrom(MESSAGING_SYSTEM_MAIL)
                .where(where)
                .orderBy(MESSAGING_SYSTEM_MAIL.ID.desc())
                .limit(limit)
                .fetch(SystemMailOutbox::mail);
    }

    private static SystemMails.Mail mail(MessagingSystemMailRecord m) {
        boolean erased = m.getSensitive() && m.getBody().isEmpty();
        return new SystemMails.Mail(
                m.getId(),
                m.getRecipient(),
                m.getSubject(),
                erased ? null : m.getBody(),
                m.getKind(),
                SystemMailStatus.of(m.getStatus()),
                m.getAttempts(),
                m.getLastError(),
                m.getCreatedAt().toInstant(),
                m.getSentAt() == null ? null : m.getSentAt().toInstant(),
                m.getNextAttemptAt().toInstant());
    }
}
