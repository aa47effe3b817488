package io.switchboard.messaging.internal;

import static io.switchboard.db.Tables.MESSAGING_TEMPLATES;
import static io.switchboard.db.Tables.MESSAGING_TEMPLATE_VERSIONS;

import io.switchboard.db.tables.records.MessagingTemplatesRecord;
import io.switchboard.messaging.Approval;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.Template;
import io.switchboard.messaging.TemplateDraft;
import io.switchboard.messaging.TemplateId;
import io.switchboard.shared.TenantContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Templates and every version they had; a change writes the next version. */
@Repository
public class TemplateStore {

    /** A version's text, as a message was rendered from it. */
    public record Version(TemplateId id, int version, Channel channel, @Nullable String subject, String body) {}

    private final DSLContext db;

    TemplateStore(DSLContext db) {
        this.db = db;
    }

    public Template insert(TemplateDraft draft, @Nullable UUID by) {
        MessagingTemplatesRecord r = db.newRecord(MESSAGING_TEMPLATES);
        r.setOrganizationId(TenantContext.require().value());
        r.setId(TemplateId.generate().value());
        r.setVersion(1);
        r.setCreatedBy(by);
        write(r, draft);
        r.store();
        version(r, by);
        return toTemplate(r);
    }

    /** Writes the draft as the template's next version; empty when there is no such template. */
    public Optional<Template> update(TemplateId id, TemplateDraft draft, @Nullable UUID by) {
        return record(id).map(r -> {
            write(r, draft);
            r.setVersion(r.getVersion() + 1);
            r.store();
            version(r, by);
            return toTemplate(r);
        });
    }

    public Optional<Template> find(TemplateId id) {
        return db.selectFrom(MESSAGING_TEMPLATES)
                .where(MESSAGING_TEMPLATES.ID.eq(id.value()))
                .and(MESSAGING_TEMPLATES.DELETED_AT.isNull())
                .fetchOptional(TemplateStore::toTemplate);
    }

    public Optional<Version> version(TemplateId id, int version) {
        return db.select(
                        MESSAGING_TEMPLATES.CHANNEL,
                        MESSAGING_TEMPLATE_VERSIONS.SUBJECT,
                        MESSAGING_TEMPLATE_VERSIONS.BODY)
                .from(MESSAGING_TEMPLATE_VERSIONS)
                .join(MESSAGING_TEMPLATES)
                .on(MESSAGING_TEMPLATES.ORGANIZATION_ID.eq(MESSAGING_TEMPLATE_VERSIONS.ORGANIZATION_ID))
                .and(MESSAGING_TEMPLATES.ID.eq(MESSAGING_TEMPLATE_VERSIONS.TEMPLATE_ID))
                .where(MESSAGING_TEMPLATE_VERSIONS.TEMPLATE_ID.eq(id.value()))
                .and(MESSAGING_TEMPLATE_VERSIONS.VERSION.eq(version))
                .fetchOptional(r -> new Version(id, version, Channel.fromCode(r.value1()), r.value2(), r.value3()));
    }

    /** Newest first. */
    public List<Template> list(@Nullable Channel channel, @Nullable UUID before, int limit) {
        return db.selectFrom(MESSAGING_TEMPLATES)
                .where(MESSAGING_TEMPLATES.DELETED_AT.isNull())
                .and(channel == null ? DSL.noCondition() : MESSAGING_TEMPLATES.CHANNEL.eq(channel.toString()))
                .and(before == null ? DSL.noCondition() : MESSAGING_TEMPLATES.ID.lt(before))
                .orderBy(MESSAGING_TEMPLATES.ID.desc())
                .limit(limit + 1)
                .fetch(TemplateStore::toTemplate);
    }

    public boolean nameTaken(TemplateDraft draft, @Nullable TemplateId except) {
        return db.fetchExists(db.selectOne()
                .from(MESSAGING_TEMPLATES)
                .where(DSL.lower(MESSAGING_TEMPLATES.NAME).eq(draft.name().toLowerCase(java.util.Locale.ROOT)))
                .and(MESSAGING_TEMPLATES.CHANNEL.eq(draft.channel().toString()))
                .and(MESSAGING_TEMPLATES.LANGUAGE.eq(draft.language()))
                .and(MESSAGING_TEMPLATES.DELETED_AT.isNull())
                .and(except == null ? DSL.noCondition() : MESSAGING_TEMPLATES.ID.ne(except.value())));
    }

    private Optional<MessagingTemplatesRecord> record(TemplateId id) {
        return db.selectFrom(MESSAGING_TEMPLATES)
                .where(MESSAGING_TEMPLATES.ID.eq(id.value()))
                .and(MESSAGING_TEMPLATES.DELETED_AT.isNull())
                .forUpdate()
                .fetchOptional();
    }

    private static void write(MessagingTemplatesRecord r, TemplateDraft draft) {
        r.setName(draft.name());
        r.setChannel(draft.channel().toString());
        r.setLanguage(draft.language());
        r.setSubject(draft.subject());
        r.setBody(draft.body());
        r.setVariables(draft.variables().toArray(String[]::new));
        r.setCategory(draft.category());
        r.setApproval(draft.approval().toString());
    }

    private void version(MessagingTemplatesRecord r, @Nullable UUID by) {
        db.insertInto(MESSAGING_TEMPLATE_VERSIONS)
                .set(MESSAGING_TEMPLATE_VERSIONS.ORGANIZATION_ID, r.getOrganizationId())
                .set(MESSAGING_TEMPLATE_VERSIONS.TEMPLATE_ID, r.getId())
                .set(MESSAGING_TEMPLATE_VERSIONS.VERSION, r.getVersion())
                .set(MESSAGING_TEMPLATE_VERSIONS.SUBJECT, r.getSubject())
                .set(MESSAGING_TEMPLATE_VERSIONS.BODY, r.getBody())
                .set(MESSAGING_TEMPLATE_VERSIONS.VARIABLES, r.getVariables())
                .set(MESSAGING_TEMPLATE_VERSIONS.APPROVAL, r.getApproval())
                .set(MESSAGING_TEMPLATE_VERSIONS.CHANGED_BY, by)
                .execute();
    }

    static Template toTemplate(MessagingTemplatesRecord r) {
        return new Template(
                TemplateId.of(r.getId()),
                r.getName(),
                Channel.fromCode(r.getChannel()),
                r.getLanguage(),
                r.getSubject(),
                r.getBody(),
                List.of(r.getVariables()),
                r.getCategory(),
                Approval.fromCode(r.getApproval()),
                r.getVersion(),
                r.getCreatedAt().toInstant(),
                r.getUpdatedAt().toInstant());
    }
}
