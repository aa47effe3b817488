package io.switchboard.identity;

import io.switchboard.shared.TenantEvent;
import java.util.List;
import java.util.UUID;

/** The organization's IP allowlist changed: callers from addresses it no longer allows are refused. */
public record IpAllowlistChanged(UUID organizationId, List<String> allowlist) implements TenantEvent {}
