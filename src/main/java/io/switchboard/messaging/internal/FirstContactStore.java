package io.switchboard.messaging.internal;

import static io.switchboard.db.Tables.MESSAGING_SETTINGS;

import io.switchboard.messaging.Channel;
import io.switchboard.messaging.FirstContact;
import io.switchboard.messaging.TemplateId;
import io.switchboard.shared.TenantContext;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The organization's first-contact setting, kept with its other messaging settings. */
@Repository
public class FirstContactStore {

    private final DSLContext db;

    FirstContactStore(DSLContext db) {
        this.db = db;
    }

    public FirstContact get() {
        return db.select(
                        MESSAGING_SETTINGS.FIRST_CONTACT_ENABLED,
                        MESSAGING_SETTINGS.FIRST_CONTACT_CHANNEL,
                        MESSAGING_SETTINGS.FIRST_CONTACT_TEMPLATE_ID,
                        MESSAGING_SETTINGS.FIRST_CONTACT_DELAY_MINUTES)
                .from(MESSAGING_SETTINGS)
                .fetchOptional(r -> new FirstContact(
                        r.value1(),
                        r.value2() == null ? null : Channel.fromCode(r.value2()),
                        r.value3() == null ? null : TemplateId.of(r.value3()),
                        r.value4()))
                .orElse(FirstContact.OFF);
    }

    public void put(FirstContact setting) {
        String channel = setting.channel() == null ? null : setting.channel().toString();
        var template =
                setting.templateId() == null ? null : setting.templateId().value();
        db.insertInto(MESSAGING_SETTINGS)
                .set(MESSAGING_SETTINGS.ORGANIZATION_ID, TenantContext.require().value())
                .set(MESSAGING_SETTINGS.FIRST_CONTACT_ENABLED, setting.enabled())
                .set(MESSAGING_SETTINGS.FIRST_CONTACT_CHANNEL, channel)
                .set(MESSAGING_SETTINGS.FIRST_CONTACT_TEMPLATE_ID, template)
                .set(MESSAGING_SETTINGS.FIRST_CONTACT_DELAY_MINUTES, setting.delayMinutes())
                .onConflict(MESSAGING_SETTINGS.ORGANIZATION_ID)
                .doUpdate()
                .set(MESSAGING_SETTINGS.FIRST_CONTACT_ENABLED, setting.enabled())
                .set(MESSAGING_SETTINGS.FIRST_CONTACT_CHANNEL, channel)
                .set(MESSAGING_SETTINGS.FIRST_CONTACT_TEMPLATE_ID, template)
                .set(MESSAGING_SETTINGS.FIRST_CONTACT_DELAY_MINUTES, setting.delayMinutes())
                .execute();
    }
}
