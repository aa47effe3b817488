package io.switchboard.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.OrganizationSingleSignOn;
import io.switchboard.identity.SingleSignOnChange;
import io.switchboard.identity.SingleSignOnSettings;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.TenantContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins: the organization's own OpenID Connect provider for single sign-on. */
@RestController
@RequestMapping("/api/v1/organization/sso")
@Tag(name = "Single sign-on", description = "The organization's OpenID Connect provider")
@PreAuthorize("hasAuthority('organization:write')")
class SingleSignOnController {

    private final OrganizationSingleSignOn singleSignOn;

    SingleSignOnController(OrganizationSingleSignOn singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    record SingleSignOnView(
            String issuerUri,
            String clientId,
            boolean clientSecretSet,
            boolean enabled,
            List<String> allowedEmailDomains,
            String redirectUri) {}

    record SingleSignOnUpdate(
            @NotNull @Size(max = 500) String issuerUri,
            @NotNull @Size(max = 255) String clientId,
            @Nullable @Size(max = 1000) String clientSecret,
            @Nullable Boolean enabled,
            @Nullable @Size(max = 50) List<@Size(max = 253) String> allowedEmailDomains) {}

    @GetMapping
    @Operation(
            summary = "The organization's single sign-on provider (404 when none is set up)",
            description = "The client secret is never returned: client_secret_set says whether one is stored.")
    SingleSignOnView singleSignOn() {
        return singleSignOn.current().map(SingleSignOnController::view).orElseThrow(() -> notSetUp());
    }

    @PutMapping
    @Operation(
            summary = "Set the provider: issuer, client id and secret, on/off, allowed e-mail domains",
            description = "The issuer must be https (http only for localhost) and answer OpenID Connect discovery."
                    + " Leave client_secret out to keep the stored one. Register redirect_uri at the provider.")
    SingleSignOnView setSingleSignOn(@Valid @RequestBody SingleSignOnUpdate body) {
        return view(singleSignOn.save(new SingleSignOnChange(
                body.issuerUri(),
                body.clientId(),
                body.clientSecret(),
                body.enabled() == null || body.enabled(),
                body.allowedEmailDomains() == null ? List.of() : body.allowedEmailDomains())));
    }

    @DeleteMapping
    @Operation(summary = "Turn single sign-on off and forget the provider and the accounts linked through it")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeSingleSignOn() {
        singleSignOn.delete();
    }

    private static SingleSignOnView view(SingleSignOnSettings s) {
        return new SingleSignOnView(
                s.issuerUri(),
                s.clientId(),
                s.clientSecretSet(),
                s.enabled(),
                s.allowedEmailDomains(),
                SingleSignOnPages.callbackUrl(TenantContext.require().toString()));
    }

    private static NotFound notSetUp() {
        return new NotFound("single sign-on of organization", TenantContext.require());
    }
}
