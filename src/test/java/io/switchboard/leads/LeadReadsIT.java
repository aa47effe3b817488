package io.switchboard.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.support.ApiTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The API's lead read (one exchange, the row read with the driver's getters) answers what the
 * read through jOOQ in a transaction answers, field for field.
 */
class LeadReadsIT extends ApiTest {

    @Autowired
    LeadManagement leads;

    @Test
    void theOneExchangeReadMatchesTheTransactionalReadFieldForField() {
        Tenant tenant = signUp();
        api.post(
                "/api/v1/lead-fields",
                body("key", "budget", "label", "Budget", "field_type", "number"),
                tenant.token());
        var created = api.post(
                "/api/v1/leads",
                body(
                        "name", "Dana Whitfield",
                        "phone", "(512) 555-0142",
                        "email", "dana@example.com",
                        "company", "Whitfield Homes",
                        "linkedin_url", "https://www.linkedin.com/in/dana",
                        "temperature", "hot",
                        "score", 42,
                        "expected_close_date", "2027-03-31",
                        "custom_fields", Map.of("budget", 250000),
                        "stakeholders", List.of(Map.of("name", "Chris", "role", "spouse"))),
                tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");
        api.patch("/api/v1/leads/" + id, body("value_minor", 1_500_000, "currency", "EUR"), tenant.token());
        OrganizationId organization = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        LeadId lead = LeadId.of(UUID.fromString(id));

        // Scoring changes the new lead (its temperature) on its own thread: compare once it has.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TenantContext.callAs(
                        organization, () -> leads.details(lead).lead()))
                .isEqualTo(TenantContext.callAs(organization, () -> leads.get(lead))));
        LeadDetails details = TenantContext.callAs(organization, () -> leads.details(lead));
        assertThat(details.lead().customFields()).containsKey("budget");
        assertThat(details.lead().valueMinor()).isEqualTo(1_500_000L);
        assertThat(details.lead().expectedCloseDate()).hasToString("2027-03-31");
        assertThat(details.stakeholders()).extracting(Stakeholder::name).containsExactly("Chris");
    }
}
