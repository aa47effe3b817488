package io.switchboard.identity;

/** An organization's security settings: its 2FA policy and its IP allowlist. */
public record SecuritySettings(TwoFactorPolicy twoFactorPolicy, IpAllowlist ipAllowlist) {

    public static SecuritySettings defaults() {
        return new SecuritySettings(TwoFactorPolicy.OFF, new IpAllowlist(java.util.List.of()));
    }
}
