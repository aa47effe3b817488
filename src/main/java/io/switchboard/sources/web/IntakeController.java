package io.switchboard.sources.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.leads.Lead;
import io.switchboard.sources.LeadIntake;
import io.switchboard.sources.MarketingCampaignId;
import io.switchboard.sources.VendorManagement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Lead intake", description = "Vendors post leads with their key")
class IntakeController {

    private final LeadIntake intake;

    IntakeController(LeadIntake intake) {
        this.intake = intake;
    }

    record IntakeRequest(
            @NotBlank @Size(max = 300) String name,
            @Nullable @Size(max = 254) String email,
            @Nullable @Size(max = 40) String phone,
            @Nullable @Size(max = 300) String company,
            @Nullable @Size(max = 64) String timezone,
            @Nullable UUID marketingCampaignId,
            @Nullable Map<String, Object> customFields) {}

    @PostMapping("/api/v1/intake/leads")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('intake:write')")
    @SecurityRequirement(name = "vendorKey")
    @Operation(
            summary = "Post a lead as a vendor",
            description =
                    "Authenticate with the vendor key (Authorization: Bearer vk_… or X-Api-Key). The lead is attributed "
                            + "to the vendor and the optional marketing campaign. Send Idempotency-Key to make retries safe: a replay "
                            + "answers the first response. A duplicate answers 409 with existing_lead_id.")
    Lead post(@Valid @RequestBody IntakeRequest body, @AuthenticationPrincipal VendorManagement.Authenticated vendor) {
        return intake.capture(
                vendor.vendorId(),
                new LeadIntake.IntakeLead(
                        body.name(),
                        body.email(),
                        body.phone(),
                        body.company(),
                        body.timezone(),
                        body.marketingCampaignId() == null ? null : MarketingCampaignId.of(body.marketingCampaignId()),
                        body.customFields()));
    }
}
