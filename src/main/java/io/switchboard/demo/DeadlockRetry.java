package io.switchboard.demo;

import java.util.function.Supplier;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Runs one of the demo loader's own transactions again when the database chose it as a deadlock's
 * loser. The history records past calls while the demo's live floor (dialer, simulated agents)
 * already works on the same organization's credit account; the database rolls the loser back whole,
 * so running it again is safe, and a loader that gave up would leave the demo half loaded.
 */
final class DeadlockRetry {

    private static final int ATTEMPTS = 4;

    private DeadlockRetry() {}

    static <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (PessimisticLockingFailureException lost) {
                if (attempt == ATTEMPTS) {
                    throw lost;
                }
            }
        }
    }
}
