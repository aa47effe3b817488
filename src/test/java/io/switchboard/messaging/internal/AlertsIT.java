package io.switchboard.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.leads.LeadId;
import io.switchboard.leads.Temperature;
import io.switchboard.scoring.LeadTemperatureChanged;
import io.switchboard.support.ApiTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The alert listener's work as the event registry drives it (called here directly, synchronously): an event delivered again (its listener did
 * not finish the first time, or the application restarted) raises no second alert; another change
 * of the same lead does; an event that is not "turned hot" raises none.
 */
class AlertsIT extends ApiTest {

    @Autowired
    Alerts alerts;

    @Test
    void aRedeliveredEventRaisesItsAlertOnce() {
        Tenant tenant = signUp();
        var saved = api.send(
                "PUT",
                "/api/v1/messaging/alerts",
                Map.of("rules", List.of(Map.of("event", "lead_hot", "channel", "slack"))),
                tenant.token(),
                Map.of());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        var created = api.post(
                "/api/v1/leads", Map.of("name", "Redelivered Rita", "email", "rita@example.com"), tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        LeadId lead = LeadId.of(UUID.fromString(created.text("id")));
        UUID organization = UUID.fromString(tenant.organizationId());
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var hot = new LeadTemperatureChanged(
                organization, lead, Temperature.WARM, Temperature.HOT, 74, "'Referral' applies (+30)", at);

        alerts.hot(hot);
        alerts.hot(hot);
        assertThat(slackAlerts(tenant, lead)).hasSize(1);
        assertThat(slackAlerts(tenant, lead).getFirst().path("text").asString())
                .contains("*Redelivered Rita* turned hot (was warm), score 74.")
                .contains("Why: 'Referral' applies (+30)");

        alerts.hot(new LeadTemperatureChanged(
                organization, lead, Temperature.HOT, Temperature.WARM, 60, "Decay", at.plusSeconds(60)));
        assertThat(slackAlerts(tenant, lead)).as("cooling down alerts nobody").hasSize(1);

        alerts.hot(new LeadTemperatureChanged(
                organization, lead, Temperature.WARM, Temperature.HOT, 75, "Set by hand to 75", at.plusSeconds(120)));
        assertThat(slackAlerts(tenant, lead))
                .as("turning hot again is another event")
                .hasSize(2);
    }

    private List<JsonNode> slackAlerts(Tenant tenant, LeadId lead) {
        JsonNode log = api.get("/api/v1/leads/" + lead + "/communications", tenant.token())
                .json();
        java.util.ArrayList<JsonNode> found = new java.util.ArrayList<>();
        log.path("data").forEach(e -> {
            if ("slack".equals(e.path("channel").asString())
                    && "lead_hot".equals(e.path("alert").asString())) {
                found.add(e);
            }
        });
        return found;
    }
}
