package io.switchboard.scoring.internal;

import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether an organization's rules count calls or tasks, asked when telephony publishes a call's end
 * (a listener condition): organizations whose rules do not look at activity store no event
 * publication per call. Remembered for a while per node; a rule change on this node forgets it at
 * once, on another node within {@link #TTL} (the recompute that follows a rule change reads the
 * activity anyway).
 */
@Component("scoringRuleUsage")
public class RuleUsage {

    static final Duration TTL = Duration.ofSeconds(30);

    private record Usage(boolean activity, Instant until) {}

    private final Map<UUID, Usage> cache = new ConcurrentHashMap<>();
    private final RuleStore rules;
    private final TransactionTemplate separate;
    private final Clock clock;

    RuleUsage(RuleStore rules, PlatformTransactionManager transactions, Clock clock) {
        this.rules = rules;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.separate.setReadOnly(true);
        this.clock = clock;
    }

    /** Whether activity (calls, hand-overs, tasks) can change a score in this organization. */
    public boolean countsActivity(UUID organization) {
        Instant now = clock.instant();
        Usage usage = cache.get(organization);
        if (usage == null || usage.until().isBefore(now)) {
            // Its own transaction: the caller's (a webhook batch) may be set to another organization.
            boolean counts = TenantContext.callAs(
                    OrganizationId.of(organization),
                    () -> Boolean.TRUE.equals(separate.execute(s -> rules.book().countsEvents())));
            usage = new Usage(counts, now.plus(TTL));
            cache.put(organization, usage);
        }
        return usage.activity();
    }

    public void forget(UUID organization) {
        cache.remove(organization);
    }
}
