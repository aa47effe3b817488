package io.switchboard.telephony;

import io.switchboard.db.tables.records.VoiceServersRecord;
import io.switchboard.jobs.Job;
import io.switchboard.shared.RetryPolicy;
import io.switchboard.telephony.internal.VoiceServerProbe;
import io.switchboard.telephony.internal.VoiceServers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job that checks one voice server, scheduled by {@link VoiceServerRegistry}: the network is
 * never used inside a transaction; it runs again every {@code voice-server-check} until the server
 * is gone or inactive.
 */
@Component
class VoiceServerChecks {

    /** The job's payload. */
    record Check(VoiceServerId server) {}

    private final VoiceServers servers;
    private final VoiceServerProbe probe;
    private final TransactionTemplate tx;
    private final Duration interval;
    private final Clock clock;

    VoiceServerChecks(
            VoiceServers servers,
            VoiceServerProbe probe,
            TransactionTemplate tx,
            TelephonyProperties properties,
            Clock clock) {
        this.servers = servers;
        this.probe = probe;
        this.tx = tx;
        this.interval = properties.voiceServerCheck();
        this.clock = clock;
    }

    @Nullable
    Instant check(Check job) {
        VoiceServersRecord server = tx.execute(status -> servers.findRecord(job.server())
                .filter(VoiceServersRecord::getActive)
                .orElse(null));
        if (server == null) {
            return null;
        }
        String error = probe.check(server.getUrl());
        tx.executeWithoutResult(status -> servers.recordCheck(job.server(), server.getUrl(), error == null, error));
        return clock.instant().plus(interval);
    }

    @Configuration(proxyBeanMethods = false)
    static class CheckJobs {

        @Bean
        Job<Check> voiceServerCheck(VoiceServerChecks checks) {
            return Job.repeating(
                            "telephony.voice-server-check",
                            Check.class,
                            RetryPolicy.doubling(Duration.ofSeconds(30), Duration.ofMinutes(10)),
                            checks::check)
                    .withoutTransaction();
        }
    }
}
