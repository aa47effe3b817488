package io.switchboard.sources.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.Money;
import io.switchboard.sources.DailySpend;
import io.switchboard.sources.MarketingCampaign;
import io.switchboard.sources.MarketingCampaignId;
import io.switchboard.sources.MarketingCampaigns;
import io.switchboard.sources.NewMarketingCampaign;
import io.switchboard.sources.Platform;
import io.switchboard.sources.Vendor;
import io.switchboard.sources.VendorId;
import io.switchboard.sources.VendorKey;
import io.switchboard.sources.VendorManagement;
import io.switchboard.sources.VendorPricing;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Lead sources", description = "Lead vendors with intake keys, and marketing campaigns")
class SourcesController {

    private final VendorManagement vendors;
    private final VendorPricing pricing;
    private final MarketingCampaigns campaigns;

    SourcesController(VendorManagement vendors, VendorPricing pricing, MarketingCampaigns campaigns) {
        this.vendors = vendors;
        this.pricing = pricing;
        this.campaigns = campaigns;
    }

    record CreateVendor(
            @NotBlank @Size(max = 200) String name, @Nullable @Email @Size(max = 254) String contactEmail) {}

    /** @param costPerLead what the vendor charges per lead from today on; null: nothing from today on */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record UpdateVendor(@Nullable Boolean active, @Nullable Optional<@Valid Money> costPerLead) {}

    /** @param apiKey the vendor's intake key: shown this once, store it safely */
    record VendorWithKey(Vendor vendor, String apiKey) {
        static VendorWithKey of(VendorKey key) {
            return new VendorWithKey(key.vendor(), key.apiKey());
        }
    }

    record CreateCampaign(
            @NotBlank @Size(max = 200) String name,
            @Nullable UUID vendorId,
            @Nullable Platform platform,
            @Nullable @Valid Money budget,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn) {}

    record Spend(@NotNull @PositiveOrZero Long amountMinor) {}

    record SpendDays(List<DailySpend> data) {}

    @GetMapping("/api/v1/vendors")
    @PreAuthorize("hasAuthority('sources:manage')")
    @Operation(summary = "Lead vendors")
    List<Vendor> vendors() {
        return vendors.all();
    }

    @PostMapping("/api/v1/vendors")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('sources:manage')")
    @Operation(summary = "Add a vendor; its intake API key (vk_…) is in the answer, once")
    VendorWithKey createVendor(@Valid @RequestBody CreateVendor body) {
        return VendorWithKey.of(vendors.create(body.name(), body.contactEmail()));
    }

    @GetMapping("/api/v1/vendors/{id}")
    @PreAuthorize("hasAuthority('sources:manage')")
    @Operation(summary = "Get a vendor")
    Vendor vendor(@PathVariable UUID id) {
        return vendors.get(VendorId.of(id));
    }

    @PatchMapping("/api/v1/vendors/{id}")
    @PreAuthorize("hasAuthority('sources:manage')")
    @Operation(
            summary = "Pause or resume a vendor (a paused vendor's key is refused), or set its cost per lead",
            description = "cost_per_lead {amount_minor, currency}: what the vendor charges for each lead it delivers "
                    + "from today on (the organization's calendar; earlier days keep their price); null: nothing from "
                    + "today on. Prices from another day: PUT /api/v1/vendors/{id}/prices/{effective_from}.")
    Vendor updateVendor(@PathVariable UUID id, @Valid @RequestBody UpdateVendor body) {
        VendorId vendor = VendorId.of(id);
        if (body.active() == null && body.costPerLead() == null) {
            throw new InvalidInput("active", "nothing_to_change", "give active and/or cost_per_lead");
        }
        if (body.costPerLead() != null) {
            pricing.setFromToday(vendor, body.costPerLead().orElse(null));
        }
        return body.active() == null ? vendors.get(vendor) : vendors.setActive(vendor, body.active());
    }

    @PostMapping("/api/v1/vendors/{id}/key")
    @PreAuthorize("hasAuthority('sources:manage')")
    @Operation(summary = "Issue a new intake key; the old one stops working at once")
    VendorWithKey rotateKey(@PathVariable UUID id) {
        return VendorWithKey.of(vendors.rotateKey(VendorId.of(id)));
    }

    @DeleteMapping("/api/v1/vendors/{id}")
    @PreAuthorize("hasAuthority('sources:manage')")
    @Operation(summary = "Remove a vendor (its leads keep their data)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteVendor(@PathVariable UUID id) {
        vendors.delete(VendorId.of(id));
    }

    @GetMapping("/api/v1/marketing-campaigns")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "Marketing campaigns")
    List<MarketingCampaign> campaigns() {
        return campaigns.all();
    }

    @PostMapping("/api/v1/marketing-campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('sources:manage')")
    @Operation(summary = "Add a marketing campaign (platform, budget in minor units, dates)")
    MarketingCampaign createCampaign(@Valid @RequestBody CreateCampaign body) {
        return campaigns.create(new NewMarketingCampaign(
                body.name(),
                body.vendorId() == null ? null : VendorId.of(body.vendorId()),
                body.platform(),
                body.budget(),
                body.startsOn(),
                body.endsOn()));
    }

    @GetMapping("/api/v1/marketing-campaigns/{id}")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "Get a marketing campaign")
    MarketingCampaign campaign(@PathVariable UUID id) {
        return campaigns.get(MarketingCampaignId.of(id));
    }

    @PostMapping("/api/v1/marketing-campaigns/{id}/spend")
    @PreAuthorize("hasAuthority('sources:manage')")
    @Operation(summary = "Record spend on a campaign (minor units)")
    MarketingCampaign spend(@PathVariable UUID id, @Valid @RequestBody Spend body) {
        return campaigns.recordSpend(MarketingCampaignId.of(id), body.amountMinor());
    }

    @PutMapping("/api/v1/marketing-campaigns/{id}/spend/{day}")
    @PreAuthorize("hasAuthority('sources:manage')")
    @Operation(
            summary = "Set a campaign's spend on one day (minor units, the campaign's currency)",
            description = "As the ad platform reports it; setting a day again corrects it. Counted in analytics "
                    + "on that day (the organization's calendar).")
    MarketingCampaign daySpend(@PathVariable UUID id, @PathVariable LocalDate day, @Valid @RequestBody Spend body) {
        return campaigns.setDailySpend(MarketingCampaignId.of(id), day, body.amountMinor());
    }

    @GetMapping("/api/v1/marketing-campaigns/{id}/spend")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "A campaign's spend per day from `from` to `to` (both included; default the last 30 days)")
    SpendDays spendDays(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to) {
        LocalDate last = to == null ? LocalDate.now() : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        if (last.isBefore(first)) {
            throw new InvalidInput("to", "invalid_range", "must not be before from");
        }
        return new SpendDays(campaigns.dailySpend(MarketingCampaignId.of(id), first, last));
    }

    @DeleteMapping("/api/v1/marketing-campaigns/{id}")
    @PreAuthorize("hasAuthority('sources:manage')")
    @Operation(summary = "Remove a marketing campaign")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteCampaign(@PathVariable UUID id) {
        campaigns.delete(MarketingCampaignId.of(id));
    }
}
