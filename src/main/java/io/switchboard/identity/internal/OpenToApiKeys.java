package io.switchboard.identity.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An identity endpoint an API key may call: reading the directory (users, roles, the key's own
 * creator). Every other endpoint of the identity module manages accounts and is refused to keys
 * (see {@link AccountManagementRoutes}), so a new endpoint is closed to keys until it says otherwise.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OpenToApiKeys {}
