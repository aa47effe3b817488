package io.switchboard.telephony.internal.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.CallStatus;
import io.switchboard.telephony.internal.http.ProviderHttp;
import io.switchboard.telephony.provider.WebhookRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Payloads shaped as Twilio documents its status callbacks (and as it sends them). */
class TwilioEventsTest {

    static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    static WebhookRequest form(String... pairs) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], List.of(pairs[i + 1]));
        }
        return WebhookRequest.of(
                "https://sb.example.com/api/v1/webhooks/twilio?org=x",
                "POST",
                Map.of(),
                "application/x-www-form-urlencoded",
                ProviderHttp.form(fields));
    }

    @Test
    void aNoAnswerStatusCallback() {
        var event = TwilioEvents.read(
                form(
                        "ApiVersion", "2010-04-01",
                        "CallStatus", "no-answer",
                        "Direction", "outbound-api",
                        "CallDuration", "0",
                        "Timestamp", "Tue, 01 Nov 2016 01:59:13 +0000",
                        "CallbackSource", "call-progress-events",
                        "SipResponseCode", "487",
                        "SequenceNumber", "2",
                        "CallSid", "CA123",
                        "From", "+12013800532",
                        "To", "+12013800599"),
                NOW);
        assertThat(event.eventKey()).isEqualTo("CA123:no-answer:2");
        assertThat(event.status()).isEqualTo(CallStatus.NO_ANSWER);
        assertThat(event.durationSeconds()).isZero();
        assertThat(event.hangupReason()).isEqualTo("no-answer (SIP 487)");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2016-11-01T01:59:13Z"));
        assertThat(event.direction()).isEqualTo(CallDirection.OUTBOUND);
        assertThat(event.providerCallId()).isEqualTo("CA123");
    }

    @Test
    void everyDocumentedStatusHasAMeaning() {
        assertThat(List.of(
                                "queued",
                                "initiated",
                                "ringing",
                                "in-progress",
                                "completed",
                                "busy",
                                "no-answer",
                                "canceled",
                                "failed")
                        .stream()
                        .map(TwilioEvents::status)
                        .toList())
                .containsExactly(
                        CallStatus.QUEUED,
                        CallStatus.QUEUED,
                        CallStatus.RINGING,
                        CallStatus.IN_PROGRESS,
                        CallStatus.COMPLETED,
                        CallStatus.BUSY,
                        CallStatus.NO_ANSWER,
                        CallStatus.CANCELED,
                        CallStatus.FAILED);
    }

    @Test
    void aMachineAnsweringIsVoicemail() {
        var amd = TwilioEvents.read(
                form(
                        "CallSid",
                        "CA1",
                        "AccountSid",
                        "AC1",
                        "AnsweredBy",
                        "machine_end_beep",
                        "MachineDetectionDuration",
                        "2400"),
                NOW);
        assertThat(amd.status()).isEqualTo(CallStatus.VOICEMAIL);
        assertThat(amd.eventKey()).isEqualTo("CA1:amd:machine_end_beep");
        var human = TwilioEvents.read(form("CallSid", "CA1", "AnsweredBy", "human"), NOW);
        assertThat(human.status()).isNull();
        var completed = TwilioEvents.read(
                form(
                        "CallSid",
                        "CA1",
                        "CallStatus",
                        "completed",
                        "AnsweredBy",
                        "machine_start",
                        "CallDuration",
                        "12",
                        "SequenceNumber",
                        "3"),
                NOW);
        assertThat(completed.status()).isEqualTo(CallStatus.VOICEMAIL);
        assertThat(completed.durationSeconds()).isEqualTo(12);
    }

    @Test
    void aRecordingCallbackCarriesItsUrl() {
        var event = TwilioEvents.read(
                form(
                        "CallSid", "CA1",
                        "RecordingSid", "RE1",
                        "RecordingStatus", "completed",
                        "RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1"),
                NOW);
        assertThat(event.status()).isNull();
        assertThat(event.recordingUrl()).endsWith("/Recordings/RE1");
        assertThat(event.eventKey()).isEqualTo("CA1:recording:RE1:completed");
    }

    @Test
    void anInboundVoiceRequestIsAnsweredWithTwiml() {
        var request = form(
                "CallSid",
                "CA9",
                "CallStatus",
                "ringing",
                "Direction",
                "inbound",
                "From",
                "+15550001",
                "To",
                "+15550002");
        var event = TwilioEvents.read(request, NOW);
        assertThat(event.direction()).isEqualTo(CallDirection.INBOUND);
        assertThat(event.eventKey()).isEqualTo("CA9:ringing:voice");
        assertThat(TwilioProvider.isInboundVoiceRequest(request)).isTrue();
        assertThat(TwilioProvider.isInboundVoiceRequest(form(
                        "CallSid",
                        "CA9",
                        "CallStatus",
                        "completed",
                        "Direction",
                        "inbound",
                        "CallbackSource",
                        "call-progress-events")))
                .isFalse();
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> TwilioEvents.read(form("Body", "hello"), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TwilioEvents.read(form("CallSid", "CA1", "CallStatus", "exploded"), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twimlIsEscaped() {
        assertThat(Twiml.dial("sip:agent@pbx.example.com", null))
                .isEqualTo("<Dial><Sip>sip:agent@pbx.example.com</Sip></Dial>");
        assertThat(Twiml.stream("wss://v.example.com/s?a=1&b=2", Map.of("agent_id", "a\"b")))
                .isEqualTo(
                        "<Connect><Stream url=\"wss://v.example.com/s?a=1&amp;b=2\"><Parameter name=\"agent_id\" value=\"a&quot;b\"/></Stream></Connect>");
    }
}
