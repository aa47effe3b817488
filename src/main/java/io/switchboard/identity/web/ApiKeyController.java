package io.switchboard.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.ApiKey;
import io.switchboard.identity.ApiKeys;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.shared.CursorPage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(
        name = "API keys",
        description = "Scoped, expiring keys for integrations: Authorization: Bearer sk_… or X-Api-Key: sk_…")
class ApiKeyController {

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    record NewKey(
            @NotBlank @Size(max = 100) String name,
            @NotNull @Size(min = 1, max = 100) List<@NotBlank @Size(max = 64) String> scopes,
            @Nullable Instant expiresAt) {}

    /** A key with its secret: answered once, at creation and rotation. */
    record IssuedKey(ApiKey key, String secret) {
        static IssuedKey of(ApiKeys.Issued issued) {
            return new IssuedKey(issued.key(), issued.secret());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('api_keys:write')")
    @Operation(
            summary = "Create an API key; the secret is in this answer only",
            description = "Scopes are permission codes (users:read, leads:write, …), at most those you hold.")
    IssuedKey create(@AuthenticationPrincipal AuthenticatedUser me, @Valid @RequestBody NewKey body) {
        return IssuedKey.of(keys.create(body.name(), body.scopes(), body.expiresAt(), me));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('api_keys:write')")
    @Operation(summary = "The organization's API keys: prefix, scopes, creator, last use, expiry (never secrets)")
    CursorPage<ApiKey> list(
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return keys.list(cursor, limit);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('api_keys:write')")
    @Operation(summary = "One API key")
    ApiKey get(@PathVariable UUID id) {
        return keys.get(id);
    }

    @PostMapping("/{id}/rotate")
    @PreAuthorize("hasAuthority('api_keys:write')")
    @Operation(
            summary = "Issue a new secret",
            description = "The previous secret keeps working for the grace period (24 hours by default).")
    IssuedKey rotate(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
        return IssuedKey.of(keys.rotate(id, me));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('api_keys:write')")
    @Operation(summary = "Revoke a key (both its secrets stop working at once)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
        keys.revoke(id, me);
    }
}
