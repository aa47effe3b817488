package io.switchboard.notifications;

import io.switchboard.notifications.internal.Notifications;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.NotFound;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user's notifications: listing, unread count, marking read. */
@Service
public class NotificationCenter {

    private final Notifications notifications;

    NotificationCenter(Notifications notifications) {
        this.notifications = notifications;
    }

    @Transactional
    public UUID notify(
            UUID user,
            String kind,
            String priority,
            String title,
            @Nullable String body,
            @Nullable String link,
            @Nullable UUID related) {
        return notifications.insert(user, kind, priority, title, body, link, related);
    }

    @Transactional(readOnly = true)
    public CursorPage<Notification> of(
            UUID user, boolean unreadOnly, @Nullable String cursor, @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        return CursorPage.of(
                notifications.of(user, unreadOnly, CursorPage.after(cursor), size), size, Notification::id);
    }

    @Transactional(readOnly = true)
    public int unread(UUID user) {
        return notifications.unread(user);
    }

    @Transactional
    public void markRead(UUID user, UUID id) {
        if (!notifications.exists(user, id)) {
            throw new NotFound("notification", id);
        }
        notifications.markRead(user, id);
    }

    @Transactional
    public int markAllRead(UUID user) {
        return notifications.markRead(user, null);
    }
}
