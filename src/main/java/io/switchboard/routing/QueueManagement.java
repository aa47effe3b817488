package io.switchboard.routing;

import io.switchboard.routing.internal.Overflows;
import io.switchboard.routing.internal.QueueStore;
import io.switchboard.routing.internal.Wallboard;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.Reach;
import io.switchboard.shared.RecordReach;
import io.switchboard.telephony.PhoneNumberId;
import io.switchboard.telephony.PhoneNumberManagement;
import io.switchboard.tenancy.OrganizationManagement;
import io.switchboard.tenancy.TeamId;
import io.switchboard.tenancy.TeamManagement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, replacing and deleting queues. */
@Service
public class QueueManagement {

    private final QueueStore queues;
    private final Wallboard wallboard;
    private final TeamManagement teams;
    private final OrganizationManagement organizations;
    private final Overflows overflows;
    private final PhoneNumberManagement phoneNumbers;
    private final Clock clock;

    QueueManagement(
            QueueStore queues,
            Wallboard wallboard,
            TeamManagement teams,
            OrganizationManagement organizations,
            Overflows overflows,
            PhoneNumberManagement phoneNumbers,
            Clock clock) {
        this.queues = queues;
        this.wallboard = wallboard;
        this.teams = teams;
        this.organizations = organizations;
        this.overflows = overflows;
        this.phoneNumbers = phoneNumbers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Queue> list() {
        return queues.all().stream().map(queues::toQueue).toList();
    }

    /**
     * The wallboard's view of every queue; a caller whose reach is their teams (a supervisor) sees
     * their teams' queues and those of no team.
     */
    @Transactional(readOnly = true)
    public List<QueueStats> stats() {
        Set<QueueId> visible = visible().stream().map(Queue::id).collect(Collectors.toSet());
        return wallboard.queues().stream()
                .filter(q -> visible.contains(q.queueId()))
                .toList();
    }

    /** The queues the caller may watch: all, or for a supervisor their teams' and those of no team. */
    @Transactional(readOnly = true)
    public List<Queue> visible() {
        Optional<RecordReach> reach = RecordReach.current().filter(r -> r.leads() != Reach.ALL);
        if (reach.isEmpty()) {
            return list();
        }
        Set<UUID> mine = Set.copyOf(teams.teamsOf(reach.get().user().value()));
        return list().stream()
                .filter(q -> q.teamId() == null || mine.contains(q.teamId()))
                .toList();
    }

    /** A queue the caller may watch; another team's answers as one that does not exist. */
    @Transactional(readOnly = true)
    public Queue visible(QueueId id) {
        return visible().stream()
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFound("queue", id));
    }

    @Transactional(readOnly = true)
    public Queue get(QueueId id) {
        return queues.find(id).map(queues::toQueue).orElseThrow(() -> new NotFound("queue", id));
    }

    @Transactional
    public Queue create(QueueSettings settings) {
        QueueId id = QueueId.generate();
        return queues.save(id, checked(id, settings), true);
    }

    /**
     * Replaces every setting; work already waiting is routed by the new ones from now on (a hold
     * for closed hours is lifted and judged again, an overflow counts from now).
     */
    @Transactional
    public Queue replace(QueueId id, QueueSettings settings) {
        Queue before = get(id);
        QueueSettings next = checked(id, settings);
        overflows.settingsChanging(id);
        Queue saved = queues.save(id, next, false);
        overflows.settingsChanged(id, !Objects.equals(before.businessHours(), saved.businessHours()));
        return saved;
    }

    @Transactional
    public void delete(QueueId id) {
        get(id);
        if (wallboard.openWork(id) > 0) {
            throw new Conflict("queue_not_empty", "the queue still holds open work; finish or move it first");
        }
        queues.delete(id, OffsetDateTime.now(clock));
    }

    /** The settings with every default filled in, or a 400 naming the field. */
    private QueueSettings checked(QueueId id, QueueSettings s) {
        String name = s.name().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new InvalidInput("name", "invalid_name", "must be 1 to 120 characters");
        }
        if (queues.nameTaken(name, id.value())) {
            throw new InvalidInput("name", "duplicate_name", "another queue is called '" + name + "'");
        }
        int sla = within("sla_seconds", orElse(s.slaSeconds(), 30), 1, 86_400);
        return new QueueSettings(
                name,
                team(s.teamId()),
                orElse(s.strategy(), Strategy.LONGEST_IDLE),
                orElse(s.requiredSkills(), List.of()),
                within("reservation_timeout_seconds", orElse(s.reservationTimeoutSeconds(), 20), 5, 600),
                within("wrap_up_seconds", orElse(s.wrapUpSeconds(), 0), 0, 3600),
                sla,
                hours(s.businessHours()),
                overflow(s.overflowQueueId(), id.value(), name),
                within("overflow_after_seconds", orElse(s.overflowAfterSeconds(), sla), 1, 86_400),
                orElse(s.takesCallbacks(), false),
                numbers(orElse(s.phoneNumberIds(), List.of())));
    }

    /** Stored complete (the organization's zone filled in), so a later change of that zone moves nothing. */
    private @Nullable Map<String, Object> hours(@Nullable Map<String, Object> raw) {
        return raw == null
                ? null
                : BusinessHours.parse(raw, ZoneId.of(organizations.current().timezone()))
                        .toMap();
    }

    private List<UUID> numbers(List<UUID> ids) {
        for (UUID id : ids) {
            try {
                phoneNumbers.get(PhoneNumberId.of(id));
            } catch (NotFound e) {
                throw new InvalidInput("phone_number_ids", "unknown_phone_number", "no phone number " + id);
            }
        }
        return ids.stream().distinct().toList();
    }

    private @Nullable UUID team(@Nullable UUID id) {
        if (id == null) {
            return null;
        }
        try {
            return teams.get(TeamId.of(id)).id().value();
        } catch (NotFound e) {
            throw new InvalidInput("team_id", "unknown_team", "no team with this id");
        }
    }

    /**
     * Another queue of this organization whose own overflow chain does not lead back here: work
     * overflowing round a circle would never settle.
     */
    private @Nullable UUID overflow(@Nullable UUID id, UUID self, String selfName) {
        if (id == null) {
            return null;
        }
        if (id.equals(self) || queues.find(QueueId.of(id)).isEmpty()) {
            throw new InvalidInput("overflow_queue_id", "unknown_queue", "must be another queue of this organization");
        }
        List<String> chain = new ArrayList<>(List.of(selfName));
        Set<UUID> seen = new HashSet<>(Set.of(self));
        for (UUID next = id; next != null && seen.add(next); ) {
            Queue hop = queues.find(QueueId.of(next)).map(queues::toQueue).orElse(null);
            if (hop == null) {
                return id;
            }
            chain.add(hop.name());
            next = hop.overflowQueueId() == null ? null : hop.overflowQueueId().value();
            if (self.equals(next)) {
                chain.add(selfName);
                throw new InvalidInput(
                        "overflow_queue_id",
                        "overflow_cycle",
                        "work would overflow round a circle: " + String.join(" → ", chain));
            }
        }
        return id;
    }

    private static int within(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInput(field, "out_of_range", "must be between " + min + " and " + max);
        }
        return value;
    }

    private static <T> T orElse(@Nullable T value, T fallback) {
        return value == null ? fallback : value;
    }
}
