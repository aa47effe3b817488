package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEADS;

import io.switchboard.db.tables.records.LeadsRecord;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadDetails;
import io.switchboard.leads.LeadId;
import io.switchboard.tenancy.TenantReads;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.JSONB;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The API's lead read (a lead and its stakeholders). When the caller reaches every lead, both
 * selects and the organization's settings go to the database in one exchange ({@link TenantReads}):
 * a read in a transaction took four (begin with the settings, the lead, its stakeholders, commit).
 * A narrower reach adds the caller's own ids to the lead's select, which is rendered per read, in a
 * read-only transaction as before.
 */
@Component
public class LeadReads {

    private static final Field<?>[] COLUMNS = LEADS.fields();

    private final Leads leads;
    private final Stakeholders stakeholders;
    private final TenantReads reads;
    private final TenantReads.Read details;
    private final TransactionTemplate readOnly;

    LeadReads(Leads leads, Stakeholders stakeholders, TenantReads reads, PlatformTransactionManager transactions) {
        this.leads = leads;
        this.stakeholders = stakeholders;
        this.reads = reads;
        this.details = reads.prepare(leads.byIdSql() + ";\n" + stakeholders.byLeadSql());
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The lead in the rows of its select (every column of the table, in order), read with the
     * driver's own getters: jOOQ's cursor over the same row was half of this read's JVM time.
     */
    private Optional<Lead> lead(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return Optional.empty();
        }
        Object[] values = new Object[COLUMNS.length];
        for (int i = 0; i < values.length; i++) {
            Class<?> type = COLUMNS[i].getType();
            values[i] = type == JSONB.class ? JSONB.jsonbOrNull(rows.getString(i + 1)) : rows.getObject(i + 1, type);
        }
        LeadsRecord record = new LeadsRecord();
        record.fromArray(values);
        return Optional.of(leads.toLead(record));
    }

    public Optional<LeadDetails> details(LeadId id) {
        if (!LeadReach.all()) {
            Optional<LeadDetails> found = readOnly.execute(status ->
                    leads.findRecord(id).map(record -> new LeadDetails(leads.toLead(record), stakeholders.of(id))));
            return found == null ? Optional.empty() : found;
        }
        return reads.run(
                details,
                (statement, first) -> {
                    statement.setObject(first, id.value());
                    statement.setObject(first + 1, id.value());
                },
                results -> {
                    Optional<Lead> lead = lead(results.next());
                    return lead.isEmpty()
                            ? Optional.empty()
                            : Optional.of(new LeadDetails(lead.get(), Stakeholders.read(results.next())));
                });
    }
}
