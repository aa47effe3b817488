package io.switchboard.identity.internal;

import static io.switchboard.db.Tables.USERS;

import io.switchboard.db.tables.records.UsersRecord;
import io.switchboard.identity.User;
import io.switchboard.shared.UserId;
import io.switchboard.tenancy.TenantReads;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * A user of the current organization read in one exchange with the database ({@link TenantReads}):
 * the caller's own profile ({@code GET /api/v1/me}) is read on every page of a client, and in a
 * read-only transaction it took four exchanges (begin with the settings, the select, commit).
 */
@Component
public class UserReads {

    private static final Field<?>[] COLUMNS = USERS.fields();

    private final Users users;
    private final TenantReads reads;
    private final TenantReads.Read byId;

    UserReads(DSLContext db, Users users, TenantReads reads) {
        this.users = users;
        this.reads = reads;
        this.byId = reads.prepare(db.selectFrom(USERS)
                .where(USERS.ID.eq(DSL.param("id", USERS.ID.getDataType())))
                .getSQL(ParamType.INDEXED));
    }

    public Optional<User> find(UserId id) {
        return reads.run(
                byId, (statement, first) -> statement.setObject(first, id.value()), results -> user(results.next()));
    }

    /** The user in the rows of its select (every column of the table, in order), with the driver's getters. */
    private Optional<User> user(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return Optional.empty();
        }
        Object[] values = new Object[COLUMNS.length];
        for (int i = 0; i < values.length; i++) {
            Class<?> type = COLUMNS[i].getType();
            values[i] = type == JSONB.class ? JSONB.jsonbOrNull(rows.getString(i + 1)) : rows.getObject(i + 1, type);
        }
        UsersRecord record = new UsersRecord();
        record.fromArray(values);
        return Optional.of(users.toUser(record));
    }
}
