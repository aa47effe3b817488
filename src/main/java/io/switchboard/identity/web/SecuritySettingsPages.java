package io.switchboard.identity.web;

import io.switchboard.identity.OrganizationSecurity;
import io.switchboard.identity.TwoFactorPolicy;
import io.switchboard.shared.ConsolePage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The organization's security settings page: 2FA policy and IP allowlist. */
@Controller
@ConsolePage
@PreAuthorize("hasAuthority('organization:write')")
class SecuritySettingsPages {

    private final OrganizationSecurity security;

    SecuritySettingsPages(OrganizationSecurity security) {
        this.security = security;
    }

    @GetMapping("/security")
    String settings(HttpServletRequest request, Model model) {
        var settings = security.current();
        model.addAttribute("settings", settings);
        model.addAttribute("allowlist", String.join("\n", settings.ipAllowlist().blocks()));
        model.addAttribute("policies", TwoFactorPolicy.values());
        model.addAttribute("yourAddress", request.getRemoteAddr());
        return "identity/security";
    }

    @PostMapping("/security")
    String update(
            @RequestParam("two_factor_policy") TwoFactorPolicy policy,
            @RequestParam(name = "ip_allowlist", defaultValue = "") String allowlist,
            HttpServletRequest request,
            Model model) {
        var blocks = Arrays.stream(allowlist.split("[\\s,]+"))
                .filter(b -> !b.isBlank())
                .toList();
        security.update(policy, blocks, AuthController.client(request));
        model.addAttribute("kind", "success");
        model.addAttribute("message", "Security settings saved.");
        return "fragments :: alert(kind=${kind}, message=${message})";
    }
}
