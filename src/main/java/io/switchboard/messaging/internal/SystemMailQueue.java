package io.switchboard.messaging.internal;

import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.shared.RetryPolicy;
import io.switchboard.shared.SystemMail;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The one outbox's entrance for system mail: the row and the job that sends it are written in the
 * caller's transaction, so they commit (or roll back) together with what caused the mail.
 */
@Component
class SystemMailQueue implements SystemMail {

    private final SystemMailOutbox outbox;
    private final Jobs jobs;
    private final Job<SystemMailSender.Send> sendSystemMail;

    SystemMailQueue(SystemMailOutbox outbox, Jobs jobs, Job<SystemMailSender.Send> sendSystemMail) {
        this.outbox = outbox;
        this.jobs = jobs;
        this.sendSystemMail = sendSystemMail;
    }

    @Override
    public void enqueue(String to, String subject, String body, String kind, boolean sensitive) {
        UUID id = outbox.enqueue(to, subject, body, kind, sensitive);
        jobs.run(sendSystemMail, id.toString(), new SystemMailSender.Send(id));
    }

    @Configuration(proxyBeanMethods = false)
    static class SystemMailJobs {

        /** Delivery failures are the sender's to retry; this policy covers the database being away. */
        @Bean
        Job<SystemMailSender.Send> sendSystemMail(SystemMailSender sender) {
            return Job.repeating(
                    "messaging.send-system-mail",
                    SystemMailSender.Send.class,
                    RetryPolicy.doubling(Duration.ofSeconds(10), Duration.ofMinutes(10)),
                    sender::send);
        }
    }
}
