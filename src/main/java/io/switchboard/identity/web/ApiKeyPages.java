package io.switchboard.identity.web;

import io.switchboard.identity.ApiKeys;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.shared.ConsolePage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@ConsolePage
@PreAuthorize("hasAuthority('api_keys:write')")
class ApiKeyPages {

    private final ApiKeys keys;

    ApiKeyPages(ApiKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/api-keys")
    String list(@AuthenticationPrincipal AuthenticatedUser me, Model model) {
        return table(me, model, "identity/api-keys");
    }

    @PostMapping("/api-keys")
    String create(
            @AuthenticationPrincipal AuthenticatedUser me,
            @RequestParam String name,
            @RequestParam(required = false) @Nullable List<String> scopes,
            @RequestParam(name = "expires_on", required = false) @Nullable LocalDate expiresOn,
            Model model) {
        var issued = keys.create(
                name,
                scopes == null ? List.of() : scopes,
                expiresOn == null ? null : expiresOn.atStartOfDay().toInstant(ZoneOffset.UTC),
                me);
        model.addAttribute("issued", issued);
        return table(me, model, "identity/api-keys :: keys");
    }

    @PostMapping("/api-keys/{id}/rotate")
    String rotate(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("issued", keys.rotate(id, me));
        return table(me, model, "identity/api-keys :: keys");
    }

    @PostMapping("/api-keys/{id}/revoke")
    String revoke(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, Model model) {
        keys.revoke(id, me);
        return table(me, model, "identity/api-keys :: keys");
    }

    private String table(AuthenticatedUser me, Model model, String view) {
        model.addAttribute("keys", keys.list(null, 200).data());
        model.addAttribute(
                "grantable",
                java.util.Arrays.stream(Permission.values())
                        .filter(me::has)
                        .filter(p -> p != Permission.PLATFORM_ADMIN)
                        .toList());
        model.addAttribute("now", java.time.Instant.now());
        return view;
    }
}
