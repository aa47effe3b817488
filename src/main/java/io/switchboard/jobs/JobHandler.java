package io.switchboard.jobs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The work of a {@link Job}, run in the job's organization and transaction. */
@FunctionalInterface
public interface JobHandler<T> {

    /**
     * Does the work. A thrown exception rolls the transaction back and tries the job again as its
     * retry policy says.
     *
     * @return when to run this job again (a repeating job), or {@code null} when it is done
     */
    @Nullable
    Instant run(T payload) throws Exception;
}
