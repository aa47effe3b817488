package io.switchboard.messaging.internal;

import static io.switchboard.db.Tables.MESSAGING_SETTINGS;

import io.switchboard.messaging.MessagingWindow;
import io.switchboard.shared.TenantContext;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The organization's messaging window; the default (08:00 to 21:00) until it sets one. */
@Repository
public class WindowStore {

    private final DSLContext db;

    WindowStore(DSLContext db) {
        this.db = db;
    }

    public MessagingWindow get() {
        return db.select(MESSAGING_SETTINGS.WINDOW_START, MESSAGING_SETTINGS.WINDOW_END)
                .from(MESSAGING_SETTINGS)
                .fetchOptional(r -> new MessagingWindow(r.value1(), r.value2()))
                .orElse(MessagingWindow.DEFAULT);
    }

    public MessagingWindow put(MessagingWindow window) {
        db.insertInto(MESSAGING_SETTINGS)
                .set(MESSAGING_SETTINGS.ORGANIZATION_ID, TenantContext.require().value())
                .set(MESSAGING_SETTINGS.WINDOW_START, window.startMinute())
                .set(MESSAGING_SETTINGS.WINDOW_END, window.endMinute())
                .onConflict(MESSAGING_SETTINGS.ORGANIZATION_ID)
                .doUpdate()
                .set(MESSAGING_SETTINGS.WINDOW_START, window.startMinute())
                .set(MESSAGING_SETTINGS.WINDOW_END, window.endMinute())
                .execute();
        return window;
    }
}
