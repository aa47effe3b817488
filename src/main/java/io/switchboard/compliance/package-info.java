/**
 * Who may be called, and when: the organization's and the platform's do-not-call lists, the
 * consent ledger (recorded prior consent for AI calls), and the calling rules (a daily window in the
 * lead's local time, days of the week, holidays). {@link io.switchboard.compliance.CallingGate} is
 * the one synchronous check the dialer and "call now" make before every call.
 */
@ApplicationModule(
        displayName = "Compliance",
        allowedDependencies = {"audit", "db", "identity", "leads", "shared", "tenancy"})
@NullMarked
package io.switchboard.compliance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
