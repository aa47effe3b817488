package io.switchboard.tenancy.internal;

import io.switchboard.shared.CallerContext;
import io.switchboard.shared.TenantContext;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The transaction-local settings every database transaction starts with: the thread's organization
 * in {@code app.organization_id} (row-level security policies read it; an empty value matches no
 * tenant row) and the caller (actor, client address, user agent) in {@code app.actor_type},
 * {@code app.actor_id}, {@code app.client_ip} and {@code app.user_agent} for the audit trail's
 * triggers. All five are set by one statement.
 */
public final class TenantSettings {

    /** Five parameters: organization, actor type, actor id, client address, user agent. */
    public static final String SQL = "SELECT set_config('app.organization_id', ?, true),"
            + " set_config('app.actor_type', ?, true), set_config('app.actor_id', ?, true),"
            + " set_config('app.client_ip', ?, true), set_config('app.user_agent', ?, true)";

    public static final int PARAMETERS = 5;

    private TenantSettings() {}

    /** Binds the thread's organization and caller to {@link #SQL}'s parameters from {@code first} on. */
    public static void bind(PreparedStatement statement, int first) throws SQLException {
        String organization =
                TenantContext.current().map(id -> id.value().toString()).orElse("");
        CallerContext.Caller caller = CallerContext.current().orElse(null);
        statement.setString(first, organization);
        statement.setString(first + 1, caller == null ? "system" : caller.actorType());
        statement.setString(
                first + 2,
                caller == null || caller.actorId() == null
                        ? ""
                        : caller.actorId().toString());
        statement.setString(first + 3, text(caller == null ? null : caller.ipAddress()));
        statement.setString(first + 4, text(caller == null ? null : caller.userAgent()));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
