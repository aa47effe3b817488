package io.switchboard.routing.internal;

import static io.switchboard.db.Tables.AGENT_AVAILABILITY;
import static io.switchboard.db.Tables.AGENT_SKILLS;
import static io.switchboard.db.Tables.RESERVATIONS;

import io.switchboard.db.tables.records.AgentAvailabilityRecord;
import io.switchboard.routing.AgentStatus;
import io.switchboard.routing.AssignmentPolicy.Candidate;
import io.switchboard.routing.SkillLevel;
import io.switchboard.routing.WorkKind.Channel;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** agent_availability and agent_skills: who is free, for what, and since when. */
@Repository
public class AgentStore {

    private static final List<String> LIVE = List.of("pending", "accepted");

    private final DSLContext db;

    AgentStore(DSLContext db) {
        this.db = db;
    }

    /** The agent's row, locked; created (offline) the first time an agent is seen. */
    public AgentAvailabilityRecord lock(UserId agent, Instant now) {
        db.insertInto(AGENT_AVAILABILITY)
                .set(AGENT_AVAILABILITY.ORGANIZATION_ID, TenantContext.require().value())
                .set(AGENT_AVAILABILITY.USER_ID, agent.value())
                .set(AGENT_AVAILABILITY.SINCE, at(now))
                .set(AGENT_AVAILABILITY.LAST_SEEN_AT, at(now))
                .set(AGENT_AVAILABILITY.IDLE_SINCE, at(now))
                .onConflictDoNothing()
                .execute();
        return db.selectFrom(AGENT_AVAILABILITY)
                .where(AGENT_AVAILABILITY.USER_ID.eq(agent.value()))
                .forUpdate()
                .fetchSingle();
    }

    /**
     * The agent's row, locked, if the agent has one. Flows that touch an agent's offers lock the
     * agent first, then the reservation, then the work, as the presence check and status changes do;
     * one order for all, so two of them never wait for each other.
     */
    public Optional<AgentAvailabilityRecord> lockIfPresent(UserId agent) {
        return db.selectFrom(AGENT_AVAILABILITY)
                .where(AGENT_AVAILABILITY.USER_ID.eq(agent.value()))
                .forUpdate()
                .fetchOptional();
    }

    public void simulate(UserId agent, boolean simulated, Instant now) {
        AgentAvailabilityRecord row = lock(agent, now);
        row.setSimulated(simulated);
        row.store();
    }

    /** The agent's row if nobody else holds it now: a dispatcher skips an agent it would wait for. */
    public Optional<AgentAvailabilityRecord> tryLock(UserId agent) {
        return db.selectFrom(AGENT_AVAILABILITY)
                .where(AGENT_AVAILABILITY.USER_ID.eq(agent.value()))
                .forUpdate()
                .skipLocked()
                .fetchOptional();
    }

    public Optional<AgentAvailabilityRecord> find(UserId agent) {
        return db.selectFrom(AGENT_AVAILABILITY)
                .where(AGENT_AVAILABILITY.USER_ID.eq(agent.value()))
                .fetchOptional();
    }

    public List<AgentAvailabilityRecord> all() {
        return db.selectFrom(AGENT_AVAILABILITY).fetch();
    }

    /** Works the agent holds on a channel; read in its own statement after the agent's row is locked. */
    public int load(UserId agent, Channel channel) {
        return db.fetchCount(
                RESERVATIONS,
                RESERVATIONS.AGENT_ID.eq(agent.value()),
                RESERVATIONS.CHANNEL.eq(channel.toString()),
                RESERVATIONS.STATUS.in(LIVE));
    }

    /** Available agents with their load on both channels and their skills, in one round trip each. */
    public List<Free> available() {
        var voice = DSL.count().filterWhere(RESERVATIONS.CHANNEL.eq("voice"));
        var task = DSL.count().filterWhere(RESERVATIONS.CHANNEL.eq("task"));
        Map<UUID, Map<String, Integer>> skills = skillsOfAvailable();
        return db.select(
                        AGENT_AVAILABILITY.USER_ID,
                        AGENT_AVAILABILITY.VOICE_CAPACITY,
                        AGENT_AVAILABILITY.TASK_CAPACITY,
                        AGENT_AVAILABILITY.IDLE_SINCE,
                        voice,
                        task)
                .from(AGENT_AVAILABILITY)
                .leftJoin(RESERVATIONS)
                .on(
                        RESERVATIONS.ORGANIZATION_ID.eq(AGENT_AVAILABILITY.ORGANIZATION_ID),
                        RESERVATIONS.AGENT_ID.eq(AGENT_AVAILABILITY.USER_ID),
                        RESERVATIONS.STATUS.in(LIVE))
                .where(AGENT_AVAILABILITY.STATUS.eq(AgentStatus.AVAILABLE.toString()))
                .groupBy(AGENT_AVAILABILITY.ORGANIZATION_ID, AGENT_AVAILABILITY.USER_ID)
                .fetch(r -> {
                    UUID id = r.get(AGENT_AVAILABILITY.USER_ID);
                    Map<String, Integer> own = skills.getOrDefault(id, Map.of());
                    Instant idle = r.get(AGENT_AVAILABILITY.IDLE_SINCE).toInstant();
                    UserId user = UserId.of(id);
                    return new Free(
                            new Candidate(user, r.get(voice), r.get(AGENT_AVAILABILITY.VOICE_CAPACITY), idle, own),
                            new Candidate(user, r.get(task), r.get(AGENT_AVAILABILITY.TASK_CAPACITY), idle, own));
                });
    }

    /** {@link #available()} by agent id, to be updated as a round makes offers. */
    public Map<UUID, Free> availableById() {
        Map<UUID, Free> free = new HashMap<>();
        available().forEach(f -> free.put(f.voice().id().value(), f));
        return free;
    }

    /** An available agent as a candidate on each channel. */
    public record Free(Candidate voice, Candidate task) {

        public Candidate on(Channel channel) {
            return channel == Channel.VOICE ? voice : task;
        }
    }

    private Map<UUID, Map<String, Integer>> skillsOfAvailable() {
        Map<UUID, Map<String, Integer>> skills = new HashMap<>();
        db.select(AGENT_SKILLS.USER_ID, AGENT_SKILLS.SKILL, AGENT_SKILLS.LEVEL)
                .from(AGENT_SKILLS)
                .join(AGENT_AVAILABILITY)
                .on(
                        AGENT_AVAILABILITY.ORGANIZATION_ID.eq(AGENT_SKILLS.ORGANIZATION_ID),
                        AGENT_AVAILABILITY.USER_ID.eq(AGENT_SKILLS.USER_ID))
                .where(AGENT_AVAILABILITY.STATUS.eq(AgentStatus.AVAILABLE.toString()))
                .forEach(r ->
                        skills.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return skills;
    }

    /**
     * Whether any agent of the floor, whatever their status now, holds every skill at its level;
     * only those of {@code among} count when it is given (a queue's team).
     */
    public boolean anyoneHolds(List<SkillLevel> required, @Nullable Collection<UUID> among) {
        Condition holds = among == null ? DSL.trueCondition() : AGENT_AVAILABILITY.USER_ID.in(among);
        for (SkillLevel s : required) {
            holds = holds.and(DSL.exists(DSL.selectOne()
                    .from(AGENT_SKILLS)
                    .where(
                            AGENT_SKILLS.ORGANIZATION_ID.eq(AGENT_AVAILABILITY.ORGANIZATION_ID),
                            AGENT_SKILLS.USER_ID.eq(AGENT_AVAILABILITY.USER_ID),
                            AGENT_SKILLS.SKILL.eq(s.skill()),
                            AGENT_SKILLS.LEVEL.ge(s.level()))));
        }
        return db.fetchExists(AGENT_AVAILABILITY, holds);
    }

    /** On the floor now: has an availability row and is not offline. */
    public boolean online(UserId agent) {
        return db.fetchExists(
                AGENT_AVAILABILITY,
                AGENT_AVAILABILITY.USER_ID.eq(agent.value()),
                AGENT_AVAILABILITY.STATUS.ne(AgentStatus.OFFLINE.toString()));
    }

    public List<SkillLevel> skills(UserId agent) {
        return db.select(AGENT_SKILLS.SKILL, AGENT_SKILLS.LEVEL)
                .from(AGENT_SKILLS)
                .where(AGENT_SKILLS.USER_ID.eq(agent.value()))
                .orderBy(AGENT_SKILLS.SKILL)
                .fetch(r -> new SkillLevel(r.value1(), r.value2()));
    }

    /** Replaces the agent's skills in one statement each way. */
    public void replaceSkills(UserId agent, List<SkillLevel> skills) {
        db.deleteFrom(AGENT_SKILLS)
                .where(AGENT_SKILLS.USER_ID.eq(agent.value()))
                .execute();
        if (skills.isEmpty()) {
            return;
        }
        var insert = db.insertInto(
                AGENT_SKILLS,
                AGENT_SKILLS.ORGANIZATION_ID,
                AGENT_SKILLS.USER_ID,
                AGENT_SKILLS.SKILL,
                AGENT_SKILLS.LEVEL);
        UUID organization = TenantContext.require().value();
        for (SkillLevel s : skills) {
            insert = insert.values(organization, agent.value(), s.skill(), s.level());
        }
        insert.execute();
    }

    /** Agents whose console went quiet before {@code staleBefore} and who are not offline yet. */
    public boolean stale(UserId agent, Instant staleBefore) {
        return db.fetchExists(
                AGENT_AVAILABILITY,
                AGENT_AVAILABILITY.USER_ID.eq(agent.value()),
                AGENT_AVAILABILITY.SIMULATED.isFalse(),
                AGENT_AVAILABILITY.STATUS.ne(AgentStatus.OFFLINE.toString()),
                AGENT_AVAILABILITY.LAST_SEEN_AT.le(at(staleBefore)));
    }

    public void seen(UserId agent, Instant now) {
        db.update(AGENT_AVAILABILITY)
                .set(AGENT_AVAILABILITY.LAST_SEEN_AT, at(now))
                .where(AGENT_AVAILABILITY.USER_ID.eq(agent.value()))
                .execute();
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
