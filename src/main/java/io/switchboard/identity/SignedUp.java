package io.switchboard.identity;

import io.switchboard.tenancy.Organization;

public record SignedUp(Organization organization, User user, TokenPair tokens) {}
