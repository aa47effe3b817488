package io.switchboard.identity.web;

import io.switchboard.identity.OrganizationSecurity;
import io.switchboard.identity.OrganizationSingleSignOn;
import io.switchboard.identity.SingleSignOnChange;
import io.switchboard.identity.TwoFactorPolicy;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.Htmx;
import io.switchboard.shared.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The organization's security settings page: 2FA policy, IP allowlist, single sign-on. */
@Controller
@ConsolePage
@PreAuthorize("hasAuthority('organization:write')")
class SecuritySettingsPages {

    private final OrganizationSecurity security;
    private final OrganizationSingleSignOn singleSignOn;

    SecuritySettingsPages(OrganizationSecurity security, OrganizationSingleSignOn singleSignOn) {
        this.security = security;
        this.singleSignOn = singleSignOn;
    }

    @GetMapping("/security")
    String settings(HttpServletRequest request, Model model) {
        var settings = security.current();
        model.addAttribute("settings", settings);
        model.addAttribute("allowlist", String.join("\n", settings.ipAllowlist().blocks()));
        model.addAttribute("policies", TwoFactorPolicy.values());
        model.addAttribute("yourAddress", request.getRemoteAddr());
        var sso = singleSignOn.current();
        model.addAttribute("sso", sso.orElse(null));
        model.addAttribute(
                "ssoDomains",
                sso.map(s -> String.join("\n", s.allowedEmailDomains())).orElse(""));
        model.addAttribute(
                "ssoCallback",
                SingleSignOnPages.callbackUrl(TenantContext.require().toString()));
        return "identity/security";
    }

    @PostMapping("/security")
    String update(
            @RequestParam("two_factor_policy") TwoFactorPolicy policy,
            @RequestParam(name = "ip_allowlist", defaultValue = "") String allowlist,
            HttpServletRequest request,
            Model model) {
        security.update(policy, lines(allowlist), AuthController.client(request));
        model.addAttribute("kind", "success");
        model.addAttribute("message", "Security settings saved.");
        return "fragments :: alert(kind=${kind}, message=${message})";
    }

    @PostMapping("/security/sso")
    String saveSingleSignOn(
            @RequestParam("issuer_uri") String issuer,
            @RequestParam("client_id") String clientId,
            @RequestParam(name = "client_secret", defaultValue = "") String secret,
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(name = "allowed_email_domains", defaultValue = "") String domains,
            HttpServletRequest request,
            HttpServletResponse response) {
        singleSignOn.save(
                new SingleSignOnChange(issuer, clientId, secret.isBlank() ? null : secret, enabled, lines(domains)));
        return Htmx.redirect(request, response, "/security");
    }

    @PostMapping("/security/sso/delete")
    String deleteSingleSignOn(HttpServletRequest request, HttpServletResponse response) {
        singleSignOn.delete();
        return Htmx.redirect(request, response, "/security");
    }

    private static java.util.List<String> lines(String text) {
        return Arrays.stream(text.split("[\\s,]+")).filter(b -> !b.isBlank()).toList();
    }
}
