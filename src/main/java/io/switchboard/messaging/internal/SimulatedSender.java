package io.switchboard.messaging.internal;

import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.ProviderType;
import io.switchboard.shared.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The simulated provider, every channel's default: it accepts every message and reports its fate
 * later through signed webhooks, each one a job ({@code messaging.simulated-report}), the way a real
 * provider calls back. Fates follow the recipient, so that tests and demos can ask for one: an
 * e-mail address starting with {@code bounce} fails (550), a number ending in 13 is undelivered
 * (30005), one ending in 14 fails (30003); everything else is sent, delivered, and on WhatsApp read.
 * An account configured with {@code send_webhooks: false} reports nothing: its webhooks come from
 * whoever plays the provider.
 */
@Component
class SimulatedSender implements Sender {

    static final Duration STEP = Duration.ofMillis(700);

    /** One webhook the simulator will send: only ids and codes, never the message's text. */
    public record Report(String eventId, String messageId, String status, String errorCode, String errorMessage) {}

    private final ObjectProvider<Jobs> jobs;
    private final Job<Report> reportJob;
    private final Clock clock;

    SimulatedSender(ObjectProvider<Jobs> jobs, Job<Report> reportJob, Clock clock) {
        this.jobs = jobs;
        this.reportJob = reportJob;
        this.clock = clock;
    }

    @Override
    public ProviderType type() {
        return ProviderType.SIMULATED;
    }

    @Override
    public String send(Outbound message) {
        String providerId = "SIM" + Ids.next().toString().replace("-", "");
        if (Boolean.FALSE.equals(message.config().get("send_webhooks"))) {
            // a load test plays the provider's webhooks itself (bench/messaging.sh)
            return providerId;
        }
        Instant at = clock.instant();
        List<Report> reports = fate(message, providerId);
        for (int i = 0; i < reports.size(); i++) {
            Report report = reports.get(i);
            jobs.getObject().schedule(reportJob, report.eventId(), report, at.plus(STEP.multipliedBy(i + 1L)));
        }
        return providerId;
    }

    static List<Report> fate(Outbound message, String providerId) {
        String to = message.recipient().toLowerCase(Locale.ROOT);
        List<Report> reports = new ArrayList<>();
        reports.add(report(providerId, MessageStatus.SENT, "", ""));
        if (message.channel() == Channel.EMAIL && to.startsWith("bounce")) {
            reports.add(report(providerId, MessageStatus.FAILED, "550", "Mailbox does not exist"));
        } else if (to.endsWith("13")) {
            reports.add(report(providerId, MessageStatus.UNDELIVERED, "30005", "Unknown destination handset"));
        } else if (to.endsWith("14")) {
            reports.add(report(providerId, MessageStatus.FAILED, "30003", "Unreachable destination handset"));
        } else {
            reports.add(report(providerId, MessageStatus.DELIVERED, "", ""));
            if (message.channel() == Channel.WHATSAPP) {
                reports.add(report(providerId, MessageStatus.READ, "", ""));
            }
        }
        return reports;
    }

    private static Report report(String providerId, MessageStatus status, String code, String reason) {
        return new Report(providerId + ":" + status, providerId, status.toString(), code, reason);
    }
}
