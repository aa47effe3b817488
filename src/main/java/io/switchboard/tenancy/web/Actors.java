package io.switchboard.tenancy.web;

import java.security.Principal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/** The caller as this module needs it: an id for "created by", and whether it holds a permission. */
final class Actors {

    private Actors() {}

    static @Nullable UUID id(@Nullable Principal principal) {
        if (principal == null) {
            return null;
        }
        try {
            return UUID.fromString(principal.getName());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean holds(Authentication authentication, String permission) {
        return authentication.getAuthorities().stream().anyMatch(a -> permission.equals(a.getAuthority()));
    }
}
