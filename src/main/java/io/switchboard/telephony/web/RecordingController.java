package io.switchboard.telephony.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.Recordings;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A call's recording through Switchboard: the console's player (its session) and API clients (their
 * token) get it from this origin, whatever provider holds it and whatever credentials it needs.
 */
@RestController
@Tag(name = "Calls")
class RecordingController {

    private final Recordings recordings;

    RecordingController(Recordings recordings) {
        this.recordings = recordings;
    }

    @GetMapping({"/api/v1/calls/{id}/recording", "/calls/{id}/recording"})
    @PreAuthorize("hasAuthority('calls:read')")
    @Operation(
            summary = "A call's recording (audio), streamed from its provider with the account's credentials",
            description = "Send Range (bytes=…) to seek: the provider's 206 and Content-Range are passed on. 404 for a"
                    + " call without a recording or of another organization; 502 recording_unavailable when the"
                    + " provider refuses it.")
    ResponseEntity<StreamingResponseBody> recording(
            @PathVariable UUID id, @RequestHeader(name = HttpHeaders.RANGE, required = false) @Nullable String range) {
        Recordings.Audio audio = recordings.open(CallId.of(id), range);
        StreamingResponseBody body = out -> {
            try (audio) {
                audio.body().transferTo(out);
            }
        };
        return ResponseEntity.status(audio.status()).headers(audio.headers()).body(body);
    }
}
