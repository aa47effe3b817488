package io.switchboard.shared;

import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The organization the current thread works for. Each transaction copies it into the
 * {@code app.organization_id} setting that the row-level security policies read; without it a
 * query sees no tenant rows at all.
 */
public final class TenantContext {

    private static final ThreadLocal<@Nullable OrganizationId> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static Optional<OrganizationId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static OrganizationId require() {
        OrganizationId id = CURRENT.get();
        if (id == null) {
            throw new IllegalStateException("no organization is set for this thread");
        }
        return id;
    }

    public static void runAs(OrganizationId organization, Runnable work) {
        callAs(organization, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} for {@code organization}. Switching organizations inside a running
     * transaction is refused: that transaction's setting would still name the old organization.
     */
    public static <T> T callAs(OrganizationId organization, Supplier<T> work) {
        try (Scope ignored = open(organization)) {
            return work.get();
        }
    }

    public static Scope open(OrganizationId organization) {
        OrganizationId previous = CURRENT.get();
        if (previous != null
                && !previous.equals(organization)
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("cannot switch organization inside a transaction");
        }
        CURRENT.set(organization);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** Restores the previous organization when closed. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
