package io.switchboard.identity;

import org.jspecify.annotations.Nullable;

/**
 * A new organization and its first admin.
 *
 * @param timezone the organization's IANA time zone (the sign-up form sends the browser's); UTC when
 *     not given
 * @param selfService someone signing up on their own (the sign-up page or API), as opposed to an
 *     organization the install creates for itself (the demo's, the platform operator's); see
 *     {@link OrganizationSignedUp}
 */
public record SignUp(
        String organizationName,
        String name,
        String email,
        String password,
        @Nullable String timezone,
        boolean selfService) {

    /** A self-service sign-up. */
    public SignUp(String organizationName, String name, String email, String password) {
        this(organizationName, name, email, password, null, true);
    }

    public SignUp(String organizationName, String name, String email, String password, boolean selfService) {
        this(organizationName, name, email, password, null, selfService);
    }
}
