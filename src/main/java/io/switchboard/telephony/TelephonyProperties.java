package io.switchboard.telephony;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telephony settings ({@code switchboard.telephony.*}).
 *
 * @param publicUrl the URL providers reach Switchboard at (webhook URLs and their signatures use it)
 * @param dispatchInterval how often the dispatcher looks for calls to place (it is also woken up
 *     whenever a call is queued)
 * @param maxCallDuration a call still open this long after it was queued is reconciled
 * @param webhookRetention how long processed webhooks are kept (redeliveries within it are no-ops)
 * @param webhookWorkers how many workers apply stored webhooks side by side on each node (1: in
 *     arrival order; more apply different events at once, so a call's events may be applied out of order)
 * @param webhookBatch most stored webhooks a worker applies in one transaction (1 to 1,000)
 * @param simulatorUrl where the simulated provider posts its webhooks (default: this node)
 * @param providerTimeout connect and read timeout of provider API requests
 * @param starterAgent give each organization that signs up a ready AI agent on the simulated
 *     provider, so that its first test call needs no setup
 * @param jobsInterval how often the watchdog looks for interrupted dispatches and calls never closed
 * @param purgeCron when processed webhooks older than {@code webhookRetention} are deleted
 * @param voiceServerCheck how often each active voice server's handshake is checked
 * @param voiceServerInitialCheck how soon a voice server is first checked after it is added or moved
 */
@ConfigurationProperties("switchboard.telephony")
public record TelephonyProperties(
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("PT0.5S") Duration dispatchInterval,
        @DefaultValue("PT2H") Duration maxCallDuration,
        @DefaultValue("P30D") Duration webhookRetention,
        @DefaultValue("") String simulatorUrl,
        @DefaultValue("PT10S") Duration providerTimeout,
        @DefaultValue("1") int webhookWorkers,
        @DefaultValue("200") int webhookBatch,
        @DefaultValue("true") boolean starterAgent,
        @DefaultValue("PT5S") Duration jobsInterval,
        @DefaultValue("0 17 3 * * *") String purgeCron,
        @DefaultValue("PT5M") Duration voiceServerCheck,
        @DefaultValue("PT15S") Duration voiceServerInitialCheck) {}
