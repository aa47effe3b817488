package io.switchboard.identity;

/**
 * A new organization and its first admin.
 *
 * @param selfService someone signing up on their own (the sign-up page or API), as opposed to an
 *     organization the install creates for itself (the demo's, the platform operator's); see
 *     {@link OrganizationSignedUp}
 */
public record SignUp(String organizationName, String name, String email, String password, boolean selfService) {

    /** A self-service sign-up. */
    public SignUp(String organizationName, String name, String email, String password) {
        this(organizationName, name, email, password, true);
    }
}
