package io.switchboard.identity;

import java.util.List;

/** An organization's single sign-on provider as admins see it: the client secret never comes back. */
public record SingleSignOnSettings(
        String issuerUri,
        String clientId,
        boolean clientSecretSet,
        boolean enabled,
        List<String> allowedEmailDomains) {}
