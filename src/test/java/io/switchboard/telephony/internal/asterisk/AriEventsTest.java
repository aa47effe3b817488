package io.switchboard.telephony.internal.asterisk;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.CallStatus;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Events shaped as ARI's events resource documents them. */
class AriEventsTest {

    static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String CALL = "0197e7a0-0000-7000-8000-000000000001";

    static JsonNode event(String json) {
        return JSON.readTree(json);
    }

    static String channel(String id, String state) {
        return """
                {"id": "%s", "name": "PJSIP/trunk-00000001", "state": "%s",
                 "caller": {"name": "", "number": "+15550001"}, "connected": {"name": "", "number": ""},
                 "dialplan": {"context": "from-trunk", "exten": "+15550002", "priority": 1},
                 "creationtime": "2026-01-05T09:59:00.000+0000", "language": "en"}
                """
                .formatted(id, state);
    }

    @Test
    void anOriginatedCallRingsIsAnsweredAndEnds() {
        var ringing = AriEvents.read(
                        event(
                                "{\"type\": \"ChannelStateChange\", \"timestamp\": \"2026-01-05T09:59:01.000+0000\", \"application\": \"switchboard\", \"channel\": "
                                        + channel(CALL, "Ringing") + "}"),
                        NOW)
                .orElseThrow();
        assertThat(ringing.status()).isEqualTo(CallStatus.RINGING);
        assertThat(ringing.providerCallId()).isEqualTo(CALL);
        assertThat(ringing.occurredAt()).isEqualTo(Instant.parse("2026-01-05T09:59:01Z"));
        var started = AriEvents.read(
                        event(
                                "{\"type\": \"StasisStart\", \"timestamp\": \"2026-01-05T09:59:05.000+0000\", \"args\": [\""
                                        + CALL + "\"], \"channel\": " + channel(CALL, "Up") + "}"),
                        NOW)
                .orElseThrow();
        assertThat(started.callReference()).isEqualTo(UUID.fromString(CALL));
        assertThat(started.status()).isEqualTo(CallStatus.IN_PROGRESS);
        var destroyed = AriEvents.read(
                        event(
                                "{\"type\": \"ChannelDestroyed\", \"timestamp\": \"2026-01-05T10:00:00.000+0000\", \"cause\": 16, \"cause_txt\": \"Normal Clearing\", \"channel\": "
                                        + channel(CALL, "Up") + "}"),
                        NOW)
                .orElseThrow();
        assertThat(destroyed.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(destroyed.hangupReason()).isEqualTo("Normal Clearing (cause 16)");
        assertThat(destroyed.eventKey()).isEqualTo(CALL + ":ChannelDestroyed");
    }

    @Test
    void hangupCausesMapToOutcomes() {
        assertThat(AriEvents.destroyed(17, "Ringing")).isEqualTo(CallStatus.BUSY);
        assertThat(AriEvents.destroyed(19, "Ringing")).isEqualTo(CallStatus.NO_ANSWER);
        assertThat(AriEvents.destroyed(16, "Ringing")).isEqualTo(CallStatus.NO_ANSWER);
        assertThat(AriEvents.destroyed(1, "Down")).isEqualTo(CallStatus.FAILED);
        assertThat(AriEvents.destroyed(34, "Down")).isEqualTo(CallStatus.FAILED);
        assertThat(AriEvents.dialStatus("NOANSWER")).isEqualTo(CallStatus.NO_ANSWER);
        assertThat(AriEvents.dialStatus("CHANUNAVAIL")).isEqualTo(CallStatus.FAILED);
    }

    @Test
    void aCallFromOutsideEntersTheAppThroughTheDialplan() {
        var inbound = AriEvents.read(
                        event(
                                "{\"type\": \"StasisStart\", \"timestamp\": \"2026-01-05T09:59:05.000+0000\", \"args\": [\"inbound\"], \"channel\": "
                                        + channel("1736071145.42", "Ring") + "}"),
                        NOW)
                .orElseThrow();
        assertThat(inbound.direction()).isEqualTo(CallDirection.INBOUND);
        assertThat(inbound.from()).isEqualTo("+15550001");
        assertThat(inbound.to()).isEqualTo("+15550002");
        assertThat(inbound.status()).isEqualTo(CallStatus.RINGING);
    }

    @Test
    void helperChannelsAndOtherEventsAreSkipped() {
        assertThat(AriEvents.read(
                        event(
                                "{\"type\": \"ChannelStateChange\", \"channel\": {\"id\": \"m1\", \"name\": \"UnicastRTP/127.0.0.1:4000-0001\", \"state\": \"Up\"}}"),
                        NOW))
                .isEmpty();
        assertThat(AriEvents.read(
                        event("{\"type\": \"ChannelVarset\", \"variable\": \"X\", \"channel\": " + channel(CALL, "Up")
                                + "}"),
                        NOW))
                .isEmpty();
    }
}
