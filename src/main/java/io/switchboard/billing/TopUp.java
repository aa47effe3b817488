package io.switchboard.billing;

import java.util.UUID;

/**
 * Credit added.
 *
 * @param entryId the ledger entry
 * @param balance the available balance after it
 */
public record TopUp(UUID entryId, long amount, long balance, String currency) {}
