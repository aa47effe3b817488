package io.switchboard.telephony.internal;

import static io.switchboard.db.Tables.CALLS;
import static io.switchboard.db.Tables.PHONE_NUMBERS;
import static io.switchboard.db.Tables.PHONE_NUMBER_CLAIMS;
import static io.switchboard.db.Tables.PHONE_NUMBER_OWNER;

import io.switchboard.db.tables.records.CallsRecord;
import io.switchboard.db.tables.records.PhoneNumbersRecord;
import io.switchboard.telephony.AiAgentId;
import io.switchboard.telephony.NumberOwnership;
import io.switchboard.telephony.PhoneNumber;
import io.switchboard.telephony.PhoneNumberId;
import io.switchboard.telephony.ProviderKind;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class Numbers {

    private static final List<String> ANSWERED = List.of("completed");
    private static final List<String> ENDED = List.of("completed", "no_answer", "busy", "failed", "voicemail");

    private final DSLContext db;

    Numbers(DSLContext db) {
        this.db = db;
    }

    public PhoneNumbersRecord newRecord() {
        return db.newRecord(PHONE_NUMBERS);
    }

    public Optional<PhoneNumbersRecord> findRecord(PhoneNumberId id) {
        return db.selectFrom(PHONE_NUMBERS)
                .where(PHONE_NUMBERS.ID.eq(id.value()))
                .fetchOptional();
    }

    public List<PhoneNumber> all() {
        List<PhoneNumbersRecord> records =
                db.selectFrom(PHONE_NUMBERS).orderBy(PHONE_NUMBERS.NAME).fetch();
        Map<UUID, PhoneNumber.Health> health =
                health(records.stream().map(PhoneNumbersRecord::getId).toList());
        return records.stream().map(r -> toNumber(r, health.get(r.getId()))).toList();
    }

    public PhoneNumber toNumber(PhoneNumbersRecord r) {
        return toNumber(r, health(List.of(r.getId())).get(r.getId()));
    }

    /** The caller id for a call: the agent's own active number first, else any on that provider. */
    public Optional<PhoneNumbersRecord> callerIdFor(ProviderKind provider, AiAgentId agent) {
        return db.selectFrom(PHONE_NUMBERS)
                .where(PHONE_NUMBERS.ACTIVE.isTrue(), PHONE_NUMBERS.PROVIDER.eq(provider.toString()))
                .orderBy(
                        DSL.when(PHONE_NUMBERS.ASSIGNED_AI_AGENT_ID.eq(agent.value()), 0)
                                .when(
                                        PHONE_NUMBERS
                                                .ASSIGNED_AI_AGENT_ID
                                                .isNull()
                                                .and(PHONE_NUMBERS.ASSIGNED_USER_ID.isNull()),
                                        1)
                                .otherwise(2),
                        PHONE_NUMBERS.ID)
                .limit(1)
                .fetchOptional();
    }

    /** Sets {@code call}'s number to the one {@link #callerIdFor} picks, if there is one. */
    public void callFromCallerId(CallsRecord call, ProviderKind provider, AiAgentId agent) {
        callerIdFor(provider, agent).ifPresent(number -> {
            call.setPhoneNumberId(number.getId());
            call.setFromNumber(number.getPhoneNumber());
        });
    }

    /** The organization that owns an active number, for inbound calls (read across tenants). */
    public Optional<Owner> owner(String phoneNumber) {
        return db.selectFrom(PHONE_NUMBER_OWNER.call(phoneNumber))
                .fetchOptional(r -> new Owner(r.getOrganizationId(), PhoneNumberId.of(r.getPhoneNumberId())));
    }

    public Optional<PhoneNumberId> byNumber(String phoneNumber) {
        return db.select(PHONE_NUMBERS.ID)
                .from(PHONE_NUMBERS)
                .where(PHONE_NUMBERS.PHONE_NUMBER.eq(phoneNumber), PHONE_NUMBERS.ACTIVE.isTrue())
                .fetchOptional(r -> PhoneNumberId.of(r.value1()));
    }

    public record Owner(UUID organizationId, PhoneNumberId numberId) {}

    /** An organization's record of a number, verified or not (released ones are left out). */
    public record Claim(UUID organizationId, PhoneNumberId numberId, boolean verified) {}

    /** Every organization's claim on a number (read across tenants). */
    public List<Claim> claims(String phoneNumber) {
        return db.selectFrom(PHONE_NUMBER_CLAIMS.call(phoneNumber))
                .fetch(r -> new Claim(
                        r.getOrganizationId(),
                        PhoneNumberId.of(r.getPhoneNumberId()),
                        NumberOwnership.VERIFIED.toString().equals(r.getOwnership())));
    }

    public void markVerified(PhoneNumberId id) {
        db.update(PHONE_NUMBERS)
                .set(PHONE_NUMBERS.OWNERSHIP, NumberOwnership.VERIFIED.toString())
                .set(PHONE_NUMBERS.VERIFIED_AT, OffsetDateTime.now())
                .where(PHONE_NUMBERS.ID.eq(id.value()))
                .execute();
    }

    /** Releases an unverified claim (it becomes inactive); false when there was none to release. */
    public boolean release(PhoneNumberId id) {
        return db.update(PHONE_NUMBERS)
                        .set(PHONE_NUMBERS.OWNERSHIP, NumberOwnership.RELEASED.toString())
                        .set(PHONE_NUMBERS.ACTIVE, false)
                        .where(
                                PHONE_NUMBERS.ID.eq(id.value()),
                                PHONE_NUMBERS.OWNERSHIP.eq(NumberOwnership.UNVERIFIED.toString()))
                        .execute()
                > 0;
    }

    private Map<UUID, PhoneNumber.Health> health(List<UUID> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        var ended = DSL.count().filterWhere(CALLS.STATUS.in(ENDED));
        var answered = DSL.count().filterWhere(CALLS.STATUS.in(ANSWERED));
        Map<UUID, PhoneNumber.Health> rows = db
                .select(CALLS.PHONE_NUMBER_ID, ended, answered)
                .from(CALLS)
                .where(
                        CALLS.PHONE_NUMBER_ID.in(numbers),
                        CALLS.DIRECTION.eq("outbound"),
                        CALLS.CREATED_AT.ge(OffsetDateTime.now().minusDays(7)))
                .groupBy(CALLS.PHONE_NUMBER_ID)
                .fetch()
                .stream()
                .collect(Collectors.toMap(Record3::value1, r -> PhoneNumber.Health.of(r.value2(), r.value3())));
        return numbers.stream()
                .collect(Collectors.toMap(
                        Function.identity(), id -> rows.getOrDefault(id, PhoneNumber.Health.of(0, 0))));
    }

    private static PhoneNumber toNumber(PhoneNumbersRecord r, PhoneNumber.Health health) {
        return new PhoneNumber(
                PhoneNumberId.of(r.getId()),
                r.getName(),
                r.getPhoneNumber(),
                ProviderKind.fromCode(r.getProvider()),
                r.getProviderNumberId(),
                r.getAssignedUserId(),
                r.getAssignedAiAgentId() == null ? null : AiAgentId.of(r.getAssignedAiAgentId()),
                r.getActive(),
                NumberOwnership.fromCode(r.getOwnership()),
                r.getVerifiedAt() == null ? null : r.getVerifiedAt().toInstant(),
                health,
                r.getCreatedAt().toInstant(),
                r.getUpdatedAt().toInstant());
    }
}
