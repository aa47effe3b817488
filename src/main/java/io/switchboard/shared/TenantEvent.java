package io.switchboard.shared;

import java.util.UUID;

/**
 * An event about one organization's data. Listeners run in their own transaction, possibly after a
 * restart, so the event itself must say which organization it concerns.
 */
public interface TenantEvent {

    UUID organizationId();
}
