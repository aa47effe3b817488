package io.switchboard.telephony.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.shared.CursorPage;
import io.switchboard.telephony.VoiceServer;
import io.switchboard.telephony.VoiceServerChanges;
import io.switchboard.telephony.VoiceServerId;
import io.switchboard.telephony.VoiceServerRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Voice servers", description = "Voice streaming servers: verified by a job, highest priority used")
class VoiceServerController {

    static final String WS_URL = "^wss?://.{1,1990}$";

    private final VoiceServerRegistry servers;

    VoiceServerController(VoiceServerRegistry servers) {
        this.servers = servers;
    }

    record CreateServer(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 2000) @Pattern(regexp = WS_URL, message = "must be a ws:// or wss:// URL") String url,
            @Nullable @Min(-1000) @Max(1000) Integer priority) {}

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record UpdateServer(
            @Nullable Optional<@NotBlank @Size(max = 200) String> name,
            @Nullable
                    Optional<
                                    @Size(max = 2000)
                                    @Pattern(regexp = WS_URL, message = "must be a ws:// or wss:// URL") String>
                            url,
            @Nullable Optional<@Min(-1000) @Max(1000) Integer> priority,
            @Nullable Optional<Boolean> active) {}

    @GetMapping("/api/v1/voice-servers")
    @PreAuthorize("hasAuthority('calls:read')")
    @Operation(summary = "Voice streaming servers, highest priority first (the whole set in one page)")
    CursorPage<VoiceServer> list() {
        return CursorPage.whole(servers.all());
    }

    @PostMapping("/api/v1/voice-servers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('telephony:manage')")
    @Operation(summary = "Register a server (status pending until the next check)")
    VoiceServer create(@Valid @RequestBody CreateServer body) {
        return servers.create(body.name(), body.url(), body.priority());
    }

    @GetMapping("/api/v1/voice-servers/{id}")
    @PreAuthorize("hasAuthority('calls:read')")
    @Operation(summary = "Get a server")
    VoiceServer get(@PathVariable UUID id) {
        return servers.get(VoiceServerId.of(id));
    }

    @PatchMapping("/api/v1/voice-servers/{id}")
    @PreAuthorize("hasAuthority('telephony:manage')")
    @Operation(summary = "Change a server (a new URL is checked again before use)")
    VoiceServer update(@PathVariable UUID id, @Valid @RequestBody UpdateServer body) {
        return servers.update(
                VoiceServerId.of(id), new VoiceServerChanges(body.name(), body.url(), body.priority(), body.active()));
    }

    @PostMapping("/api/v1/voice-servers/{id}/verify")
    @PreAuthorize("hasAuthority('telephony:manage')")
    @Operation(summary = "Check a server now (opens and closes a WebSocket)")
    VoiceServer verify(@PathVariable UUID id) {
        return servers.verify(VoiceServerId.of(id));
    }

    @DeleteMapping("/api/v1/voice-servers/{id}")
    @PreAuthorize("hasAuthority('telephony:manage')")
    @Operation(summary = "Remove a server")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        servers.delete(VoiceServerId.of(id));
    }
}
