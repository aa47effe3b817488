package io.switchboard.telephony.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.telephony.PhoneNumberId;
import io.switchboard.telephony.SimulatedCalls;
import io.switchboard.telephony.internal.simulated.SimulatedRecordings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tools of the simulated provider: inbound calls on demand, and playable recordings. */
@RestController
@Tag(name = "Simulator", description = "The simulated voice provider's extras")
class SimulatorController {

    private final SimulatedCalls simulated;

    SimulatorController(SimulatedCalls simulated) {
        this.simulated = simulated;
    }

    record InboundCall(@NotBlank @Size(max = 40) String from, @NotNull UUID toNumberId) {}

    @PostMapping("/api/v1/simulator/inbound-calls")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAuthority('calls:write')")
    @Operation(summary = "Have the simulator ring one of the organization's simulated numbers from a caller")
    Map<String, String> inbound(@Valid @RequestBody InboundCall body) {
        return Map.of("provider_call_id", simulated.inbound(body.from(), PhoneNumberId.of(body.toNumberId())));
    }

    /** A short tone standing in for a recording, so the console's player has something to play. */
    @GetMapping(path = "/simulator/recordings/{id}.wav", produces = "audio/wav")
    @PreAuthorize("hasAuthority('calls:read')")
    ResponseEntity<byte[]> recording(@PathVariable String id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("audio/wav"))
                .body(SimulatedRecordings.tone(id));
    }
}
