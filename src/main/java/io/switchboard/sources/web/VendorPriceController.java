package io.switchboard.sources.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.Money;
import io.switchboard.sources.VendorId;
import io.switchboard.sources.VendorPrice;
import io.switchboard.sources.VendorPricing;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Lead sources")
class VendorPriceController {

    private static final String EFFECTIVE = "A price applies to the vendor's leads created from its effective day "
            + "(YYYY-MM-DD, the organization's calendar) until the next price; the days before keep theirs. "
            + "effective_from before 2000-01-01 answers 400 effective_too_early, more than a year ahead 400 "
            + "effective_too_far. Analytics re-counts the days from effective_from on.";

    private final VendorPricing pricing;

    VendorPriceController(VendorPricing pricing) {
        this.pricing = pricing;
    }

    @GetMapping("/api/v1/vendors/{id}/prices")
    @PreAuthorize("hasAuthority('sources:manage')")
    @Operation(summary = "A vendor's prices per lead, the latest effective day first", description = EFFECTIVE)
    CursorPage<VendorPrice> prices(@PathVariable UUID id) {
        return CursorPage.whole(pricing.history(VendorId.of(id)));
    }

    @PutMapping("/api/v1/vendors/{id}/prices/{effective_from}")
    @PreAuthorize("hasAuthority('sources:manage')")
    @Operation(
            summary = "Set the vendor's price per lead from a day on (setting the same day again replaces it)",
            description = EFFECTIVE + " An amount of 0 stops charging from that day.")
    VendorPrice setPrice(
            @PathVariable UUID id,
            @PathVariable("effective_from") LocalDate effectiveFrom,
            @Valid @RequestBody Money body) {
        return pricing.set(VendorId.of(id), effectiveFrom, body);
    }

    @DeleteMapping("/api/v1/vendors/{id}/prices/{effective_from}")
    @PreAuthorize("hasAuthority('sources:manage')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove the price set for a day: the one before it applies again", description = EFFECTIVE)
    void removePrice(@PathVariable UUID id, @PathVariable("effective_from") LocalDate effectiveFrom) {
        pricing.remove(VendorId.of(id), effectiveFrom);
    }
}
