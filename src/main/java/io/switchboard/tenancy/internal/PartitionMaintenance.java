package io.switchboard.tenancy.internal;

import io.switchboard.jobs.RecurringJob;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the monthly partitions of high-volume tables (listed in {@code maintained_partitions})
 * three months ahead: a recurring job, run on one node soon after the first start and every six
 * hours after that. Creating tables is the owner's business, so this uses the migration pool.
 */
@Configuration(proxyBeanMethods = false)
class PartitionMaintenance {

    private static final Logger log = LoggerFactory.getLogger(PartitionMaintenance.class);

    @Bean
    RecurringJob tenancyPartitions(@Qualifier("migrationDataSource") DataSource migrations) {
        JdbcTemplate owner = new JdbcTemplate(migrations);
        return RecurringJob.every("tenancy.partitions", Duration.ofHours(6), () -> {
            try {
                owner.queryForList("SELECT ensure_monthly_partitions(parent, 0, 3) FROM maintained_partitions");
            } catch (RuntimeException e) {
                // Rows still land in the default partitions; say so and retry at the next run.
                log.error("Could not create the coming months' partitions", e);
            }
        });
    }
}
