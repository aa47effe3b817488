package io.switchboard.demo;

import io.switchboard.identity.User;
import io.switchboard.leads.Lead;
import io.switchboard.routing.AgentStatus;
import io.switchboard.routing.AvailabilityManagement;
import io.switchboard.routing.NewWork;
import io.switchboard.routing.Queue;
import io.switchboard.routing.QueueManagement;
import io.switchboard.routing.QueueSettings;
import io.switchboard.routing.SkillLevel;
import io.switchboard.routing.Strategy;
import io.switchboard.routing.WorkKind;
import io.switchboard.routing.WorkRouting;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Three queues and a simulated floor: Blake and Casey answer their offers by themselves, and an
 * hour of work arrives one item a minute, so the wallboard moves on the first start. Avery stays
 * human, to try the desk. The priority line keeps office hours and overflows to Callbacks.
 */
@Component
class DemoRouting {

    private static final int MINUTES = 60;
    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday");

    private final QueueManagement queues;
    private final AvailabilityManagement availability;
    private final WorkRouting routing;
    private final Clock clock;

    DemoRouting(QueueManagement queues, AvailabilityManagement availability, WorkRouting routing, Clock clock) {
        this.queues = queues;
        this.availability = availability;
        this.routing = routing;
        this.clock = clock;
    }

    void create(List<User> agents, List<Lead> leads) {
        Queue sales = queues.create(settings("Sales floor", Strategy.LONGEST_IDLE, 20));
        Queue callbacks = queues.create(new QueueSettings(
                "Callbacks", null, Strategy.ROUND_ROBIN, List.of(), 20, 5, 30, null, null, null, true, null));
        Queue priority = priorityLine(callbacks);
        for (User agent : agents) {
            availability.setSkills(agent.id(), List.of(new SkillLevel("english", 5), new SkillLevel("real-estate", 3)));
        }
        for (User agent : agents.subList(1, agents.size())) {
            availability.simulate(agent.id(), true);
            availability.set(agent.id(), AgentStatus.AVAILABLE, null);
        }
        for (int minute = 0; minute < MINUTES && !leads.isEmpty(); minute++) {
            Lead lead = leads.get(minute % leads.size());
            boolean call = minute % 3 != 2;
            routing.queue(
                    minute % 10 == 4 ? priority.id() : call ? sales.id() : callbacks.id(),
                    new NewWork(
                            call ? WorkKind.CALL : WorkKind.CALLBACK,
                            lead.id(),
                            null,
                            minute % 5 == 0 ? 50 : 0,
                            List.of(),
                            clock.instant().plusSeconds(60L * minute)));
        }
    }

    /** Office hours in the organization's zone; what waits two minutes goes on to Callbacks. */
    private Queue priorityLine(Queue callbacks) {
        return queues.create(new QueueSettings(
                "Priority line",
                null,
                Strategy.SKILLS,
                List.of(new SkillLevel("real-estate", 3)),
                20,
                5,
                60,
                Map.of("days", WEEKDAYS, "start", "09:00", "end", "17:00"),
                callbacks.id().value(),
                120,
                false,
                null));
    }

    private static QueueSettings settings(String name, Strategy strategy, int sla) {
        return new QueueSettings(name, null, strategy, List.of(), 20, 5, sla, null, null, null, null, null);
    }
}
