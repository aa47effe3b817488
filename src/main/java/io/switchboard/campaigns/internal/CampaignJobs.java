package io.switchboard.campaigns.internal;

import io.switchboard.jobs.Job;
import io.switchboard.shared.RetryPolicy;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Campaigns' work on the job engine: a message campaign's run (calls keep the dialer's loop). */
@Configuration(proxyBeanMethods = false)
public class CampaignJobs {

    public static final String MESSAGE_RUN = "campaigns.message-run";

    @Bean
    Job<MessageRun.Due> campaignMessageRunJob(MessageRun run) {
        // a failed run (the database away) is tried again, never given up: the campaign waits for it
        return Job.repeating(
                MESSAGE_RUN,
                MessageRun.Due.class,
                RetryPolicy.doubling(Duration.ofSeconds(2), Duration.ofMinutes(5)),
                run::run);
    }
}
