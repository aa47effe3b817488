package io.switchboard.routing.internal;

import static io.switchboard.db.Tables.AGENT_AVAILABILITY;
import static io.switchboard.db.Tables.WORK_ITEMS;

import io.switchboard.db.tables.records.AgentAvailabilityRecord;
import io.switchboard.routing.AgentPresence;
import io.switchboard.routing.AgentStatus;
import io.switchboard.routing.WorkId;
import io.switchboard.shared.UserId;
import io.switchboard.tenancy.PeopleDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Agents as supervisors see them: status, since, today's calls and talk time, the call in progress. */
@Component
public class Presences {

    private final DSLContext db;
    private final PeopleDirectory people;
    private final Clock clock;

    Presences(DSLContext db, PeopleDirectory people, Clock clock) {
        this.db = db;
        this.people = people;
        this.clock = clock;
    }

    private record Today(int calls, long talkSeconds, @Nullable UUID currentCall) {}

    public List<AgentPresence> all() {
        Map<UUID, String> names = names();
        Map<UUID, Today> today = today(null);
        return db.selectFrom(AGENT_AVAILABILITY).fetch().stream()
                .filter(r -> names.containsKey(r.getUserId()))
                .map(r -> presence(r, names.get(r.getUserId()), today.get(r.getUserId())))
                .sorted(Comparator.comparing(AgentPresence::name))
                .toList();
    }

    public AgentPresence of(UserId agent) {
        AgentAvailabilityRecord r = db.selectFrom(AGENT_AVAILABILITY)
                .where(AGENT_AVAILABILITY.USER_ID.eq(agent.value()))
                .fetchSingle();
        return presence(
                r, names().getOrDefault(agent.value(), ""), today(agent.value()).get(agent.value()));
    }

    /** An agent who never set a status: offline since now. */
    public AgentPresence absent(UserId agent) {
        Instant now = clock.instant();
        return new AgentPresence(
                agent, names().getOrDefault(agent.value(), ""), AgentStatus.OFFLINE, null, now, now, 0, 0, null, false);
    }

    private Map<UUID, String> names() {
        return people.people().stream()
                .filter(PeopleDirectory.Person::active)
                .collect(Collectors.toMap(PeopleDirectory.Person::id, PeopleDirectory.Person::name, (a, b) -> a));
    }

    private Map<UUID, Today> today(@Nullable UUID only) {
        var midnight = LocalDate.now(clock).atStartOfDay().atOffset(ZoneOffset.UTC);
        var talk = DSL.sum(DSL.field(
                        "extract(epoch from ({0} - {1}))",
                        SQLDataType.NUMERIC, WORK_ITEMS.COMPLETED_AT, WORK_ITEMS.ASSIGNED_AT))
                .filterWhere(WORK_ITEMS.STATUS.eq("completed"));
        var calls = DSL.count();
        var current = DSL.max(WORK_ITEMS.ID.cast(SQLDataType.VARCHAR)).filterWhere(WORK_ITEMS.STATUS.eq("assigned"));
        var where = WORK_ITEMS.KIND.eq("call").and(WORK_ITEMS.ASSIGNED_AT.ge(midnight));
        if (only != null) {
            where = where.and(WORK_ITEMS.AGENT_ID.eq(only));
        }
        Map<UUID, Today> today = new HashMap<>();
        db.select(WORK_ITEMS.AGENT_ID, calls, talk, current)
                .from(WORK_ITEMS)
                .where(where)
                .groupBy(WORK_ITEMS.AGENT_ID)
                .forEach(r -> today.put(
                        r.value1(),
                        new Today(
                                r.value2(),
                                r.value3() == null ? 0 : r.value3().longValue(),
                                r.value4() == null ? null : UUID.fromString(r.value4()))));
        return today;
    }

    private static AgentPresence presence(AgentAvailabilityRecord r, String name, @Nullable Today today) {
        Today t = today == null ? new Today(0, 0, null) : today;
        return new AgentPresence(
                UserId.of(r.getUserId()),
                name,
                AgentStatus.fromCode(r.getStatus()),
                r.getReason(),
                r.getSince().toInstant(),
                r.getLastSeenAt().toInstant(),
                t.calls(),
                t.talkSeconds(),
                t.currentCall() == null ? null : WorkId.of(t.currentCall()),
                r.getSimulated());
    }
}
