package io.switchboard.identity.internal;

import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.shared.RetryPolicy;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Queues mail in the transaction that causes it: the outbox row and the job that sends it commit
 * (or roll back) together.
 */
@Component
public class MailQueue {

    private final MailOutbox outbox;
    private final Jobs jobs;
    private final Job<MailSender.Send> sendMail;

    MailQueue(MailOutbox outbox, Jobs jobs, Job<MailSender.Send> sendMail) {
        this.outbox = outbox;
        this.jobs = jobs;
        this.sendMail = sendMail;
    }

    public void queue(String recipient, String subject, String body, String kind) {
        UUID id = outbox.enqueue(recipient, subject, body, kind);
        jobs.run(sendMail, id.toString(), new MailSender.Send(id));
    }

    @Configuration(proxyBeanMethods = false)
    static class MailJobs {

        /** Delivery failures are the sender's to retry; this policy covers the database being away. */
        @Bean
        Job<MailSender.Send> sendMail(MailSender sender) {
            return Job.repeating(
                    "identity.send-mail",
                    MailSender.Send.class,
                    RetryPolicy.doubling(Duration.ofSeconds(10), Duration.ofMinutes(10)),
                    sender::send);
        }
    }
}
