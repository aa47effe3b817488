package io.switchboard.scoring.internal;

import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadSource;
import io.switchboard.leads.LeadStatus;
import io.switchboard.shared.Codes;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The lead fields a rule's criteria may test, with the value each reads from a lead. Ages are whole
 * days (they change with time alone, so rules on them are re-evaluated by the periodic refresh).
 */
public enum LeadField {
    SOURCE(Kind.CODE, values(LeadSource.class)),
    STATUS(Kind.CODE, values(LeadStatus.class)),
    CALL_STATUS(Kind.CODE, values(Lead.CallStatus.class)),
    EMAIL(Kind.TEXT, List.of()),
    PHONE(Kind.TEXT, List.of()),
    COMPANY(Kind.TEXT, List.of()),
    LINKEDIN_URL(Kind.TEXT, List.of()),
    TIMEZONE(Kind.TEXT, List.of()),
    COUNTRY(Kind.TEXT, List.of()),
    OWNER_ID(Kind.ID, List.of()),
    PROJECT_ID(Kind.ID, List.of()),
    VENDOR_ID(Kind.ID, List.of()),
    MARKETING_CAMPAIGN_ID(Kind.ID, List.of()),
    PIPELINE_ID(Kind.ID, List.of()),
    STAGE_ID(Kind.ID, List.of()),
    NOT_CONNECTED(Kind.NUMBER, List.of()),
    TRANSFERRED_TO_HUMAN(Kind.BOOLEAN, List.of()),
    AGE_DAYS(Kind.NUMBER, List.of()),
    DAYS_SINCE_LAST_CALL(Kind.NUMBER, List.of()),
    DAYS_SINCE_ENGAGEMENT(Kind.NUMBER, List.of()),
    /** {@code custom.<key>}: a custom field, of whatever type it holds. */
    CUSTOM(Kind.ANY, List.of());

    public enum Kind {
        CODE,
        TEXT,
        ID,
        NUMBER,
        BOOLEAN,
        ANY
    }

    private final Kind kind;
    private final List<String> codes;

    LeadField(Kind kind, List<String> codes) {
        this.kind = kind;
        this.codes = codes;
    }

    public Kind kind() {
        return kind;
    }

    /** The values a code field can take (empty for other fields). */
    public List<String> codes() {
        return codes;
    }

    public boolean timeDependent() {
        return this == AGE_DAYS || this == DAYS_SINCE_LAST_CALL || this == DAYS_SINCE_ENGAGEMENT;
    }

    /** The field a criteria node names ({@code source}, {@code custom.budget}), if any. */
    public static Optional<LeadField> named(String name) {
        if (name.startsWith("custom.")) {
            return Optional.of(CUSTOM);
        }
        return Arrays.stream(values())
                .filter(f -> f != CUSTOM && f.toString().equals(name))
                .findFirst();
    }

    /** The lead's value: a String, Double, Boolean, List, or null when the lead has none. */
    public @Nullable Object read(Lead lead, @Nullable String customKey, Instant now) {
        return switch (this) {
            case SOURCE -> lead.source().toString();
            case STATUS -> lead.status().toString();
            case CALL_STATUS -> lead.calling().status().toString();
            case EMAIL -> lead.email();
            case PHONE -> lead.phone();
            case COMPANY -> lead.company();
            case LINKEDIN_URL -> lead.linkedinUrl();
            case TIMEZONE -> lead.timezone();
            case COUNTRY -> lead.phoneRegion();
            case OWNER_ID -> text(lead.ownerId());
            case PROJECT_ID -> text(lead.projectId());
            case VENDOR_ID -> text(lead.vendorId());
            case MARKETING_CAMPAIGN_ID -> text(lead.marketingCampaignId());
            case PIPELINE_ID -> text(lead.pipelineId());
            case STAGE_ID -> text(lead.stageId());
            case NOT_CONNECTED -> (double) lead.calling().notConnected();
            case TRANSFERRED_TO_HUMAN -> lead.calling().transferredToHuman();
            case AGE_DAYS -> days(lead.createdAt(), now);
            case DAYS_SINCE_LAST_CALL -> days(lead.calling().lastCalledAt(), now);
            case DAYS_SINCE_ENGAGEMENT -> days(lead.lastEngagementAt(), now);
            case CUSTOM -> custom(lead, customKey);
        };
    }

    private static @Nullable Object custom(Lead lead, @Nullable String key) {
        Object value = key == null ? null : lead.customFields().get(key);
        return value instanceof Number n ? (Object) n.doubleValue() : value;
    }

    private static @Nullable Double days(@Nullable Instant since, Instant now) {
        return since == null
                ? null
                : (double) Math.max(0, Duration.between(since, now).toDays());
    }

    private static @Nullable String text(@Nullable Object id) {
        return id == null ? null : id.toString();
    }

    private static <E extends Enum<E>> List<String> values(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
