package io.switchboard.shared;

/**
 * Who may call an API operation. The module that configures web security answers it, so that the
 * API document declares the security the filter chains really enforce.
 */
public interface ApiAccess {

    Access of(String method, String pathTemplate);

    enum Access {
        /** A user's access token or an API key. */
        CREDENTIALS,
        /** Anyone (sign-up, sign-in, password reset); rate-limited per address. */
        ANONYMOUS,
        /** A provider's callback: no credentials, its signature is checked; not rate-limited. */
        PROVIDER_SIGNATURE,
        /** The owning module checks credentials of its own; the operation names its scheme. */
        OWN_SCHEME
    }
}
