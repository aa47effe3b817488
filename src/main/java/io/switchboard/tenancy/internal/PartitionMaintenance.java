package io.switchboard.tenancy.internal;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the monthly partitions of high-volume tables (listed in {@code maintained_partitions})
 * three months ahead. Creating tables is the owner's business, so this uses the migration pool.
 */
@Component
class PartitionMaintenance {

    private static final Logger log = LoggerFactory.getLogger(PartitionMaintenance.class);
    private final JdbcTemplate owner;

    PartitionMaintenance(@Qualifier("migrationDataSource") DataSource migrations) {
        this.owner = new JdbcTemplate(migrations);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 17 3 * * *", zone = "UTC")
    void ensurePartitions() {
        try {
            owner.queryForList("SELECT ensure_monthly_partitions(parent, 0, 3) FROM maintained_partitions");
        } catch (RuntimeException e) {
            // Rows still land in the default partitions; say so and retry tomorrow.
            log.error("Could not create the coming months' partitions", e);
        }
    }
}
