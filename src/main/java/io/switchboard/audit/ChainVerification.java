package io.switchboard.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The result of recomputing an organization's audit chain: how many entries checked out and, if
 * the chain is broken, the first broken link.
 */
public record ChainVerification(
        boolean intact, long checked, @Nullable Long brokenSeq, @Nullable UUID brokenId, @Nullable String problem) {}
