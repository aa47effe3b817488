/**
 * Credits: each organization's balance in minor units, holds that reserve credit for calls in
 * flight, per-minute settlement (every started minute is charged), refunds, top-ups, and the
 * append-only ledger of every movement. The balance never goes negative: the database refuses it.
 * {@link io.switchboard.billing.Credits} is the API the dialer and telephony call.
 */
@ApplicationModule(
        displayName = "Billing",
        allowedDependencies = {"audit", "db", "identity", "shared", "tenancy"})
@NullMarked
package io.switchboard.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
