package io.switchboard.identity;

import io.switchboard.identity.internal.SecuritySettingsStore;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.TenantContext;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organization's security settings: its 2FA policy and IP allowlist. */
@Service
public class OrganizationSecurity {

    private final SecuritySettingsStore settings;
    private final ApplicationEventPublisher events;

    OrganizationSecurity(SecuritySettingsStore settings, ApplicationEventPublisher events) {
        this.settings = settings;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public SecuritySettings current() {
        return settings.current();
    }

    /**
     * Changes the settings; {@code null} leaves one as it is. An allowlist that would shut out the
     * admin making the change is refused.
     */
    @Transactional
    public SecuritySettings update(
            @Nullable TwoFactorPolicy policy, @Nullable List<String> allowlist, ClientInfo client) {
        SecuritySettings current = settings.current();
        SecuritySettings next = new SecuritySettings(
                policy == null ? current.twoFactorPolicy() : policy,
                allowlist == null ? current.ipAllowlist() : new IpAllowlist(allowlist));
        if (!next.ipAllowlist().allows(client.ipAddress())) {
            throw new Conflict(
                    "allowlist_excludes_you",
                    "the allowlist must include your own address (" + client.ipAddress() + ")");
        }
        settings.save(next);
        if (!next.ipAllowlist().equals(current.ipAllowlist())) {
            events.publishEvent(new IpAllowlistChanged(
                    TenantContext.require().value(), next.ipAllowlist().blocks()));
        }
        return settings.current();
    }
}
