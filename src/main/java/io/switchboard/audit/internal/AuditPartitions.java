package io.switchboard.audit.internal;

import io.switchboard.jobs.RecurringJob;
import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the monthly partitions of the audit tables three months ahead: a recurring job, run on one
 * node soon after the first start and every six hours after that (the function is idempotent).
 */
@Configuration(proxyBeanMethods = false)
class AuditPartitions {

    @Bean
    RecurringJob auditPartitionUpkeep(DSLContext db, TransactionTemplate tx) {
        return RecurringJob.every(
                "audit.partitions",
                Duration.ofHours(6),
                () -> tx.executeWithoutResult(
                        status -> db.select(DSL.function("audit_ensure_partitions", SQLDataType.INTEGER, DSL.val(3)))
                                .fetch()));
    }
}
