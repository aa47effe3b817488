package io.switchboard.telephony.internal.bolna;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.shared.Money;
import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.CallStatus;
import io.switchboard.telephony.TranscriptReceived;
import io.switchboard.telephony.internal.simulated.SimulatorSignature;
import io.switchboard.telephony.provider.WebhookRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Executions shaped as Bolna's execution payload reference documents them. */
class BolnaEventsTest {

    static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final UUID CALL = UUID.fromString("0197e7a0-0000-7000-8000-000000000001");

    static JsonNode execution(String status, String extra) {
        return JSON.readTree(
                """
                {"id": "b7140255-af33-4608-8e97-04dd944b8e48", "agent_id": "123e4567-e89b-12d3-a456-426655440000",
                 "status": "%s", "updated_at": "2026-01-05T09:58:00.123456Z",
                 "context_details": {"recipient_phone_number": "+919876543210",
                                     "recipient_data": {"switchboard_call_id": "%s"}},
                 "telephony_data": {"to_number": "+919876543210", "from_number": "+918035735856",
                                    "call_type": "outbound", "provider": "plivo", "provider_call_id": "pl-1"%s}
                 %s}
                """
                        .formatted(
                                status,
                                CALL,
                                status.equals("completed")
                                        ? ", \"recording_url\": \"https://rec.example/b.mp3\", \"hangup_by\": \"User\", \"hangup_reason\": \"Normal hangup\", \"duration\": \"42\""
                                        : "",
                                extra));
    }

    @Test
    void aCompletedConversation() {
        var event = BolnaEvents.read(
                execution(
                        "completed",
                        ", \"conversation_duration\": 42.0, \"total_cost\": 12.6, \"answered_by_voice_mail\": false,"
                                + " \"transcript\": \"assistant: Hello, is this Asha?\\nuser: Yes, who's this?\\n"
                                + "assistant: Calling about your appointment.\""),
                NOW);
        assertThat(event.eventKey()).isEqualTo("b7140255-af33-4608-8e97-04dd944b8e48:completed");
        assertThat(event.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(event.callReference()).isEqualTo(CALL);
        assertThat(event.providerCallId()).isEqualTo(event.providerExecutionId());
        assertThat(event.durationSeconds()).isEqualTo(42);
        assertThat(event.recordingUrl()).isEqualTo("https://rec.example/b.mp3");
        assertThat(event.hangupReason()).isEqualTo("Normal hangup");
        assertThat(event.cost()).isEqualTo(new Money(13L, "USD"));
        assertThat(event.direction()).isEqualTo(CallDirection.OUTBOUND);
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-01-05T09:58:00.123456Z"));
        List<TranscriptReceived.Segment> segments = event.transcript().segments();
        assertThat(segments).extracting(TranscriptReceived.Segment::speaker).containsExactly("agent", "lead", "agent");
        assertThat(segments.getFirst().text()).isEqualTo("Hello, is this Asha?");
        assertThat(segments.getLast().endSeconds()).isEqualTo(42.0);
    }

    @Test
    void completedIsNotProofOfAConversation() {
        assertThat(BolnaEvents.read(execution("completed", ", \"conversation_duration\": 0"), NOW)
                        .status())
                .isEqualTo(CallStatus.NO_ANSWER);
        assertThat(BolnaEvents.read(
                                execution(
                                        "completed",
                                        ", \"conversation_duration\": 9, \"answered_by_voice_mail\": true"),
                                NOW)
                        .status())
                .isEqualTo(CallStatus.VOICEMAIL);
        var disconnected = BolnaEvents.read(execution("call-disconnected", ""), NOW);
        assertThat(disconnected.status()).isNull();
        assertThat(disconnected.transcript()).isNull();
    }

    @Test
    void everyDocumentedStatusHasAMeaning() {
        JsonNode none = JSON.createObjectNode();
        assertThat(List.of(
                                "scheduled",
                                "queued",
                                "rescheduled",
                                "initiated",
                                "ringing",
                                "in-progress",
                                "busy",
                                "no-answer",
                                "canceled",
                                "stopped",
                                "failed",
                                "error",
                                "balance-low")
                        .stream()
                        .map(s -> BolnaEvents.status(s, none, null))
                        .toList())
                .containsExactly(
                        CallStatus.QUEUED,
                        CallStatus.QUEUED,
                        CallStatus.QUEUED,
                        CallStatus.QUEUED,
                        CallStatus.RINGING,
                        CallStatus.IN_PROGRESS,
                        CallStatus.BUSY,
                        CallStatus.NO_ANSWER,
                        CallStatus.CANCELED,
                        CallStatus.CANCELED,
                        CallStatus.FAILED,
                        CallStatus.FAILED,
                        CallStatus.FAILED);
    }

    @Test
    void aTransferByTheAgentIsRecorded() {
        var event = BolnaEvents.read(
                execution(
                        "completed",
                        ", \"conversation_duration\": 30, \"transfer_call_data\": {\"to_number\": \"+15550100\", \"status\": \"completed\"}"),
                NOW);
        assertThat(event.transfer().to()).isEqualTo("+15550100");
    }

    @Test
    void transcriptLinesWithoutSpeakerContinueTheTurn() {
        var segments = BolnaTranscript.segments("Agent: Hi\nthere\nCustomer: hello\n\n", null);
        assertThat(segments).extracting(TranscriptReceived.Segment::text).containsExactly("Hi there", "hello");
        assertThat(segments).extracting(TranscriptReceived.Segment::speaker).containsExactly("agent", "lead");
    }

    @Test
    void signedByTokenInTheUrlOrByARelaysHeader() {
        UUID org = UUID.fromString("11111111-2222-3333-4444-555555555555");
        String secret = "whsec_0123456789abcdef";
        String token = BolnaSignature.token(secret, org);
        assertThat(token).isEqualTo(io.switchboard.shared.Signatures.hmacSha256Hex(secret, org.toString()));
        var byToken = WebhookRequest.of(
                "https://sb/api/v1/webhooks/bolna?org=" + org + "&token=" + token,
                "POST",
                Map.of(),
                "application/json",
                "{}");
        assertThat(BolnaSignature.verify(secret, org, byToken, NOW)).isTrue();
        assertThat(BolnaSignature.verify(secret, UUID.randomUUID(), byToken, NOW))
                .isFalse();
        var wrong = WebhookRequest.of(
                "https://sb/api/v1/webhooks/bolna?org=" + org + "&token=00",
                "POST",
                Map.of(),
                "application/json",
                "{}");
        assertThat(BolnaSignature.verify(secret, org, wrong, NOW)).isFalse();
        String body = "{\"id\":\"e1\",\"status\":\"ringing\"}";
        var byHeader = WebhookRequest.of(
                "https://sb/api/v1/webhooks/bolna?org=" + org,
                "POST",
                Map.of("x-switchboard-signature", List.of(SimulatorSignature.sign(secret, body, NOW))),
                "application/json",
                body);
        assertThat(BolnaSignature.verify(secret, org, byHeader, NOW)).isTrue();
        assertThat(BolnaSignature.verify(secret, org, byHeader, NOW.plusSeconds(3600)))
                .isFalse();
    }
}
