package io.switchboard.audit.internal;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the monthly partitions of the audit tables three months ahead (on start and daily). The
 * database function is idempotent, so several nodes may run it at once.
 */
@Component
class AuditPartitions {

    private final DSLContext db;

    AuditPartitions(DSLContext db) {
        this.db = db;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 17 3 * * *", zone = "UTC")
    @Transactional
    public void ensure() {
        db.select(DSL.function("audit_ensure_partitions", SQLDataType.INTEGER, DSL.val(3)))
                .fetch();
    }
}
