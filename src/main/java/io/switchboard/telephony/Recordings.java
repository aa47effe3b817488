package io.switchboard.telephony;

import io.switchboard.shared.NotFound;
import io.switchboard.shared.Problem;
import io.switchboard.telephony.internal.VoiceProviders;
import io.switchboard.telephony.internal.http.RecordingFetch;
import io.switchboard.telephony.internal.simulated.SimulatedRecordings;
import io.switchboard.telephony.provider.RecordingRequest;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A call's recording, played through Switchboard (same origin, the caller's own organization): the
 * provider's file fetched with the account's stored credentials and the player's byte range, or the
 * simulator's tone.
 */
@Service
public class Recordings {

    private final CallManagement calls;
    private final VoiceProviders providers;
    private final VoiceProviderSettings settings;
    private final RecordingFetch fetch;

    Recordings(CallManagement calls, VoiceProviders providers, VoiceProviderSettings settings, RecordingFetch fetch) {
        this.calls = calls;
        this.providers = providers;
        this.settings = settings;
        this.fetch = fetch;
    }

    /** The audio as the player gets it: the provider's status (206 for a range) and headers, and the body. */
    public record Audio(int status, HttpHeaders headers, InputStream body, Closeable source) implements Closeable {

        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    /**
     * Opens a call's recording; the caller streams and closes it. Another organization's call, or
     * one without a recording, is not found.
     */
    public Audio open(CallId id, @Nullable String range) {
        Call call = calls.get(id).call();
        URI url = url(id, call.recordingUrl());
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        if (call.provider() == ProviderKind.SIMULATED && path.startsWith(SimulatedRecordings.PATH)) {
            return simulated(path.substring(SimulatedRecordings.PATH.length()).replaceAll("\\.wav$", ""));
        }
        RecordingRequest request = providers.get(call.provider()).recording(url, settings.account(call.provider()));
        RecordingFetch.Media media = fetch.get(request.url(), request.authorization(), range);
        if (media.status() >= 400 && media.status() != HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value()) {
            media.response().close();
            throw new Problem(
                    HttpStatus.BAD_GATEWAY,
                    "recording_unavailable",
                    "Recording unavailable",
                    call.provider() + " answered " + media.status() + " for the recording");
        }
        return new Audio(media.status(), playerHeaders(media.headers()), media.body(), media.response());
    }

    private static Audio simulated(String name) {
        byte[] wav = SimulatedRecordings.tone(name);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, "audio/wav");
        headers.setContentLength(wav.length);
        InputStream body = new ByteArrayInputStream(wav);
        return new Audio(200, headers, body, body);
    }

    /** What a player needs of the provider's answer to play and seek; nothing else is passed on. */
    private static HttpHeaders playerHeaders(HttpHeaders provider) {
        HttpHeaders headers = new HttpHeaders();
        for (String name : List.of(
                HttpHeaders.CONTENT_TYPE,
                HttpHeaders.CONTENT_LENGTH,
                HttpHeaders.CONTENT_RANGE,
                HttpHeaders.ACCEPT_RANGES)) {
            String value = provider.getFirst(name);
            if (value != null) {
                headers.set(name, value);
            }
        }
        return headers;
    }

    private static URI url(CallId id, @Nullable String stored) {
        if (stored == null) {
            throw new NotFound("recording", id);
        }
        try {
            return URI.create(stored);
        } catch (IllegalArgumentException e) {
            throw new NotFound("recording", id);
        }
    }
}
