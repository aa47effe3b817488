package io.switchboard.telephony.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.telephony.PhoneNumberId;
import io.switchboard.telephony.SimulatedCalls;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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

    private static final int SAMPLE_RATE = 8_000;

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
                .body(tone(id.hashCode()));
    }

    static byte[] tone(int seed) {
        int samples = SAMPLE_RATE * 3;
        ByteBuffer wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1);
        wav.putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes()).putInt(samples * 2);
        double pitch = 330 + Math.floorMod(seed, 5) * 55;
        for (int i = 0; i < samples; i++) {
            double envelope = Math.min(1, Math.min(i, samples - i) / 800.0) * ((i / 2_000) % 2 == 0 ? 1 : 0.3);
            wav.putShort((short) (Math.sin(2 * Math.PI * pitch * i / SAMPLE_RATE) * 6_000 * envelope));
        }
        return wav.array();
    }
}
