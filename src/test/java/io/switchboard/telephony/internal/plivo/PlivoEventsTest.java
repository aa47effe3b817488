package io.switchboard.telephony.internal.plivo;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.shared.Money;
import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.CallStatus;
import io.switchboard.telephony.internal.http.ProviderHttp;
import io.switchboard.telephony.provider.WebhookRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlivoEventsTest {

    static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    static WebhookRequest form(String url, String... pairs) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], List.of(pairs[i + 1]));
        }
        return WebhookRequest.of(url, "POST", Map.of(), "application/x-www-form-urlencoded", ProviderHttp.form(fields));
    }

    @Test
    void aHangupCarriesDurationCauseAndCost() {
        var event = PlivoEvents.read(
                form(
                        "https://sb.example.com/api/v1/webhooks/plivo?org=x",
                        "CallUUID",
                        "97ceeb52-58b6-11e1-86da-77300b68f8bb",
                        "RequestUUID",
                        "req-1",
                        "Direction",
                        "outbound",
                        "From",
                        "+14155550100",
                        "To",
                        "+14155550123",
                        "Event",
                        "Hangup",
                        "CallStatus",
                        "completed",
                        "HangupCause",
                        "NORMAL_CLEARING",
                        "HangupCauseName",
                        "Normal Hangup",
                        "Duration",
                        "42",
                        "BillDuration",
                        "60",
                        "TotalCost",
                        "0.00850",
                        "EndTime",
                        "2026-01-05 09:59:30"),
                NOW);
        assertThat(event.eventKey()).isEqualTo("97ceeb52-58b6-11e1-86da-77300b68f8bb:Hangup:completed");
        assertThat(event.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(event.durationSeconds()).isEqualTo(42);
        assertThat(event.hangupReason()).isEqualTo("Normal Hangup");
        assertThat(event.cost()).isEqualTo(new Money(1L, "USD"));
        assertThat(event.providerExecutionId()).isEqualTo("req-1");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-01-05T09:59:30Z"));
        assertThat(event.direction()).isEqualTo(CallDirection.OUTBOUND);
    }

    @Test
    void statusesAndMachines() {
        assertThat(PlivoEvents.status("timeout")).isEqualTo(CallStatus.NO_ANSWER);
        assertThat(PlivoEvents.status("busy")).isEqualTo(CallStatus.BUSY);
        assertThat(PlivoEvents.status("cancel")).isEqualTo(CallStatus.CANCELED);
        var machine =
                PlivoEvents.read(form("https://x/api/v1/webhooks/plivo", "CallUUID", "u1", "Machine", "true"), NOW);
        assertThat(machine.status()).isEqualTo(CallStatus.VOICEMAIL);
        var hungUpOnMachine = PlivoEvents.read(
                form(
                        "https://x/api/v1/webhooks/plivo",
                        "CallUUID",
                        "u1",
                        "Event",
                        "Hangup",
                        "CallStatus",
                        "completed",
                        "HangupCauseName",
                        "Machine Detected"),
                NOW);
        assertThat(hungUpOnMachine.status()).isEqualTo(CallStatus.VOICEMAIL);
    }

    @Test
    void theAnswerRequestIsAnsweredAndTheTransferDocumentDials() {
        var answer = form(
                "https://x/api/v1/webhooks/plivo", "CallUUID", "u1", "Event", "StartApp", "CallStatus", "in-progress");
        assertThat(PlivoProvider.isAnswerRequest(answer)).isTrue();
        assertThat(PlivoProvider.isAnswerRequest(form(
                        "https://x/api/v1/webhooks/plivo",
                        "CallUUID",
                        "u1",
                        "Event",
                        "Hangup",
                        "CallStatus",
                        "completed")))
                .isFalse();
        var transfer = PlivoEvents.read(
                form(
                        "https://x/api/v1/webhooks/plivo?org=o&transfer=%2B15550009",
                        "CallUUID", "u1", "Event", "Redirect"),
                NOW);
        assertThat(transfer.status()).isNull();
        assertThat(transfer.eventKey()).isEqualTo("u1:transfer:+15550009");
        assertThat(PlivoXml.dial("+15550009")).isEqualTo("<Dial><Number>+15550009</Number></Dial>");
    }

    @Test
    void theStreamCarriesSwitchboardsIdsAsExtraHeaders() {
        assertThat(PlivoXml.stream("wss://voice.example.com/plivo?a=1&b=2", Map.of("switchboardCallId", "c1")))
                .isEqualTo("<Stream bidirectional=\"true\" keepCallAlive=\"true\""
                        + " contentType=\"audio/x-mulaw;rate=8000\" extraHeaders=\"switchboardCallId=c1\">"
                        + "wss://voice.example.com/plivo?a=1&amp;b=2</Stream>");
    }
}
