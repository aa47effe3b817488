package io.switchboard.identity;

import org.jspecify.annotations.Nullable;

public record InviteUser(String email, String name, Role role, @Nullable String timezone) {}
