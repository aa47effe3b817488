package io.switchboard.routing.internal;

import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.routing.ReservationId;
import io.switchboard.routing.WorkId;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.RetryPolicy;
import io.switchboard.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Agents marked simulated answer like people on the job engine: most offers accepted after a few
 * seconds (some rejected, so the floor shows the next agent taking them), the work finished after
 * a short while. The demo's floor and the benchmark run on it.
 */
@Component
public class SimulatedFloor {

    public record Answer(ReservationId reservation, UserId agent) {}

    public record Finish(WorkId work, UserId agent) {}

    private final Jobs jobs;
    private final Job<Answer> answer;
    private final Job<Finish> finish;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.getDefault();

    SimulatedFloor(Jobs jobs, Job<Answer> answer, Job<Finish> finish, Clock clock) {
        this.jobs = jobs;
        this.answer = answer;
        this.finish = finish;
        this.clock = clock;
    }

    void offered(ReservationId reservation, UserId agent) {
        jobs.schedule(
                answer,
                reservation.toString(),
                new Answer(reservation, agent),
                clock.instant().plusSeconds(2 + random.nextInt(5)));
    }

    void answer(ReservationFlow flow, Answer a) {
        try {
            if (random.nextInt(10) == 0) {
                flow.reject(a.reservation(), a.agent());
                return;
            }
            WorkId work = flow.accept(a.reservation(), a.agent());
            jobs.schedule(
                    finish,
                    work.toString(),
                    new Finish(work, a.agent()),
                    clock.instant().plusSeconds(10 + random.nextInt(30)));
        } catch (Conflict refused) {
            if ("no_phone".equals(refused.code())) {
                // A live call this agent cannot be bridged to: passed on, as a person would.
                flow.reject(a.reservation(), a.agent());
            }
            // Otherwise the offer timed out or was released meanwhile: nothing to answer.
        } catch (NotFound gone) {
            // Released meanwhile.
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class SimulationJobs {

        private static final RetryPolicy RETRY = RetryPolicy.doubling(Duration.ofSeconds(1), Duration.ofMinutes(1));

        @Bean
        Job<Answer> routingSimulatedAnswer(ObjectProvider<SimulatedFloor> floor, ObjectProvider<ReservationFlow> flow) {
            return Job.once("routing.simulated-answer", Answer.class, RETRY, a -> floor.getObject()
                    .answer(flow.getObject(), a));
        }

        @Bean
        Job<Finish> routingSimulatedFinish(ObjectProvider<ReservationFlow> flow) {
            return Job.once("routing.simulated-finish", Finish.class, RETRY, f -> {
                try {
                    flow.getObject().complete(f.work(), f.agent());
                } catch (Conflict | NotFound gone) {
                    // Finished by hand meanwhile.
                }
            });
        }
    }
}
