package io.switchboard.billing;

/**
 * The balance row beside the sums of the ledger. They always match: every movement writes both in
 * one transaction.
 */
public record Reconciliation(Balance balance, long ledgerAvailable, long ledgerHeld) {

    public boolean consistent() {
        return balance.available() == ledgerAvailable && balance.held() == ledgerHeld;
    }
}
