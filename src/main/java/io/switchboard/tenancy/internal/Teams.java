package io.switchboard.tenancy.internal;

import static io.switchboard.db.Tables.PROJECTS;
import static io.switchboard.db.Tables.TEAMS;
import static io.switchboard.db.Tables.TEAM_MEMBERS;

import io.switchboard.db.tables.records.TeamsRecord;
import io.switchboard.shared.Money;
import io.switchboard.tenancy.Team;
import io.switchboard.tenancy.TeamId;
import io.switchboard.tenancy.TeamType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class Teams {

    private static final Field<Integer> MEMBER_COUNT = DSL.field(DSL.selectCount()
                    .from(TEAM_MEMBERS)
                    .where(TEAM_MEMBERS.ORGANIZATION_ID.eq(TEAMS.ORGANIZATION_ID))
                    .and(TEAM_MEMBERS.TEAM_ID.eq(TEAMS.ID)))
            .as("member_count");

    private final DSLContext db;

    Teams(DSLContext db) {
        this.db = db;
    }

    public TeamsRecord newRecord() {
        return db.newRecord(TEAMS);
    }

    /** The teams {@code user} belongs to or manages. */
    public List<UUID> teamsOf(UUID user) {
        return db.select(TEAMS.ID)
                .from(TEAMS)
                .where(TEAMS.MANAGER_ID.eq(user))
                .union(DSL.select(TEAM_MEMBERS.TEAM_ID).from(TEAM_MEMBERS).where(TEAM_MEMBERS.USER_ID.eq(user)))
                .fetch(TEAMS.ID);
    }

    /** The members and managers of {@code teams}. */
    public List<UUID> people(List<UUID> teams) {
        return db.select(TEAM_MEMBERS.USER_ID)
                .from(TEAM_MEMBERS)
                .where(TEAM_MEMBERS.TEAM_ID.in(teams))
                .union(DSL.select(TEAMS.MANAGER_ID)
                        .from(TEAMS)
                        .where(TEAMS.ID.in(teams))
                        .and(TEAMS.MANAGER_ID.isNotNull()))
                .fetch(TEAM_MEMBERS.USER_ID);
    }

    public List<UUID> projects(List<UUID> teams) {
        return db.select(PROJECTS.ID)
                .from(PROJECTS)
                .where(PROJECTS.TEAM_ID.in(teams))
                .fetch(PROJECTS.ID);
    }

    public Optional<TeamsRecord> findRecord(TeamId id) {
        return db.selectFrom(TEAMS).where(TEAMS.ID.eq(id.value())).fetchOptional();
    }

    public Optional<Team> find(TeamId id) {
        return db.select(TEAMS.fields())
                .select(MEMBER_COUNT)
                .from(TEAMS)
                .where(TEAMS.ID.eq(id.value()))
                .fetchOptional(Teams::toTeam);
    }

    public List<Team> list(
            @Nullable TeamId parent, @Nullable TeamType type, @Nullable String q, @Nullable UUID after, int limit) {
        List<Condition> where = new ArrayList<>();
        if (parent != null) {
            where.add(TEAMS.PARENT_TEAM_ID.eq(parent.value()));
        }
        if (type != null) {
            where.add(TEAMS.TEAM_TYPE.eq(type.toString()));
        }
        if (q != null && !q.isBlank()) {
            where.add(TEAMS.NAME.containsIgnoreCase(q.trim()));
        }
        if (after != null) {
            where.add(TEAMS.ID.gt(after));
        }
        return db.select(TEAMS.fields())
                .select(MEMBER_COUNT)
                .from(TEAMS)
                .where(where)
                .orderBy(TEAMS.ID)
                .limit(limit + 1)
                .fetch(Teams::toTeam);
    }

    public int count() {
        return db.fetchCount(TEAMS);
    }

    public List<TeamType> childTypes(TeamId id) {
        return db.select(TEAMS.TEAM_TYPE)
                .from(TEAMS)
                .where(TEAMS.PARENT_TEAM_ID.eq(id.value()))
                .fetch(r -> TeamType.fromCode(r.value1()));
    }

    public boolean hasChildren(TeamId id) {
        return db.fetchExists(TEAMS, TEAMS.PARENT_TEAM_ID.eq(id.value()));
    }

    public void delete(TeamId id) {
        db.deleteFrom(TEAMS).where(TEAMS.ID.eq(id.value())).execute();
    }

    public List<UUID> members(TeamId id) {
        return db.select(TEAM_MEMBERS.USER_ID)
                .from(TEAM_MEMBERS)
                .where(TEAM_MEMBERS.TEAM_ID.eq(id.value()))
                .orderBy(TEAM_MEMBERS.CREATED_AT)
                .fetch(TEAM_MEMBERS.USER_ID);
    }

    public boolean addMember(TeamId team, UUID user, UUID organization) {
        return db.insertInto(TEAM_MEMBERS)
                        .set(TEAM_MEMBERS.ORGANIZATION_ID, organization)
                        .set(TEAM_MEMBERS.TEAM_ID, team.value())
                        .set(TEAM_MEMBERS.USER_ID, user)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    public boolean removeMember(TeamId team, UUID user) {
        return db.deleteFrom(TEAM_MEMBERS)
                        .where(TEAM_MEMBERS.TEAM_ID.eq(team.value()).and(TEAM_MEMBERS.USER_ID.eq(user)))
                        .execute()
                == 1;
    }

    private static Team toTeam(Record r) {
        TeamsRecord t = r.into(TEAMS);
        return new Team(
                TeamId.of(t.getId()),
                t.getName(),
                TeamType.fromCode(t.getTeamType()),
                t.getParentTeamId() == null ? null : TeamId.of(t.getParentTeamId()),
                t.getManagerId(),
                t.getBudgetMinor() == null ? null : new Money(t.getBudgetMinor(), t.getBudgetCurrency()),
                t.getLocation(),
                t.getDescription(),
                r.get(MEMBER_COUNT),
                t.getCreatedAt().toInstant(),
                t.getUpdatedAt().toInstant());
    }
}
