package io.switchboard.notifications;

import io.switchboard.billing.Amounts;
import io.switchboard.billing.LowBalanceReached;
import io.switchboard.identity.Role;
import io.switchboard.identity.User;
import io.switchboard.identity.UserManagement;
import io.switchboard.identity.UserStatus;
import io.switchboard.tenancy.TenantTransactions;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells the organization's admins when its call credit runs low (once per crossing). */
@Component
class BillingNotifications {

    private final NotificationCenter center;
    private final UserManagement users;
    private final TenantTransactions tenants;

    BillingNotifications(NotificationCenter center, UserManagement users, TenantTransactions tenants) {
        this.center = center;
        this.users = users;
        this.tenants = tenants;
    }

    @Async
    @TransactionalEventListener
    void on(LowBalanceReached event) {
        String title = event.refused() ? "Calls are being refused: not enough credit" : "Call credit is running low";
        String body = "Available " + money(event.available(), event.currency()) + ", held by calls in progress "
                + money(event.held(), event.currency()) + " (alert below "
                + money(event.threshold(), event.currency()) + "). Top up to keep calling.";
        tenants.run(event, () -> {
            for (User admin :
                    users.list(Role.ADMIN, UserStatus.ACTIVE, null, null, 200).data()) {
                center.notify(admin.id().value(), "low_balance", "high", title, body, "/credits", null);
            }
        });
    }

    private static String money(long minor, String currency) {
        return Amounts.format(minor, currency);
    }
}
