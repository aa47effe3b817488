package io.switchboard.notifications.internal;

import static io.switchboard.db.Tables.NOTIFICATIONS;

import io.switchboard.db.tables.records.NotificationsRecord;
import io.switchboard.notifications.Notification;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class Notifications {

    private final DSLContext db;

    Notifications(DSLContext db) {
        this.db = db;
    }

    public UUID insert(
            UUID user,
            String kind,
            String priority,
            String title,
            @Nullable String body,
            @Nullable String link,
            @Nullable UUID related) {
        UUID id = Ids.next();
        db.insertInto(NOTIFICATIONS)
                .set(NOTIFICATIONS.ORGANIZATION_ID, TenantContext.require().value())
                .set(NOTIFICATIONS.ID, id)
                .set(NOTIFICATIONS.USER_ID, user)
                .set(NOTIFICATIONS.KIND, kind)
                .set(NOTIFICATIONS.PRIORITY, priority)
                .set(NOTIFICATIONS.TITLE, title.length() > 300 ? title.substring(0, 300) : title)
                .set(NOTIFICATIONS.BODY, body == null || body.length() <= 2000 ? body : body.substring(0, 2000))
                .set(NOTIFICATIONS.LINK, link)
                .set(NOTIFICATIONS.RELATED_ID, related)
                .execute();
        return id;
    }

    public List<Notification> of(UUID user, boolean unreadOnly, @Nullable UUID before, int limit) {
        return db.selectFrom(NOTIFICATIONS)
                .where(NOTIFICATIONS.USER_ID.eq(user))
                .and(unreadOnly ? NOTIFICATIONS.READ_AT.isNull() : DSL.noCondition())
                .and(before == null ? DSL.noCondition() : NOTIFICATIONS.ID.lt(before))
                .orderBy(NOTIFICATIONS.ID.desc())
                .limit(limit + 1)
                .fetch(Notifications::toNotification);
    }

    public int unread(UUID user) {
        return db.fetchCount(NOTIFICATIONS, NOTIFICATIONS.USER_ID.eq(user).and(NOTIFICATIONS.READ_AT.isNull()));
    }

    public int markRead(UUID user, @Nullable UUID id) {
        return db.update(NOTIFICATIONS)
                .set(NOTIFICATIONS.READ_AT, DSL.currentOffsetDateTime())
                .where(NOTIFICATIONS.USER_ID.eq(user))
                .and(NOTIFICATIONS.READ_AT.isNull())
                .and(id == null ? DSL.noCondition() : NOTIFICATIONS.ID.eq(id))
                .execute();
    }

    public boolean exists(UUID user, UUID id) {
        return db.fetchExists(NOTIFICATIONS, NOTIFICATIONS.USER_ID.eq(user).and(NOTIFICATIONS.ID.eq(id)));
    }

    static Notification toNotification(NotificationsRecord r) {
        return new Notification(
                r.getId(),
                r.getKind(),
                r.getPriority(),
                r.getTitle(),
                r.getBody(),
                r.getLink(),
                r.getRelatedId(),
                r.getReadAt() == null ? null : r.getReadAt().toInstant(),
                r.getCreatedAt().toInstant());
    }
}
