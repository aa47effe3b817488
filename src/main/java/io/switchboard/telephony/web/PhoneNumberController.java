package io.switchboard.telephony.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.shared.CursorPage;
import io.switchboard.telephony.AiAgentId;
import io.switchboard.telephony.NewPhoneNumber;
import io.switchboard.telephony.PhoneNumber;
import io.switchboard.telephony.PhoneNumberChanges;
import io.switchboard.telephony.PhoneNumberId;
import io.switchboard.telephony.PhoneNumberManagement;
import io.switchboard.telephony.ProviderKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Phone numbers", description = "The organization's numbers, their assignment and 7-day health")
class PhoneNumberController {

    private final PhoneNumberManagement numbers;

    PhoneNumberController(PhoneNumberManagement numbers) {
        this.numbers = numbers;
    }

    record CreateNumber(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 40) String phoneNumber,
            @Nullable ProviderKind provider,
            @Nullable @Size(max = 200) String providerNumberId,
            @Nullable UUID assignedUserId,
            @Nullable UUID assignedAiAgentId) {}

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record UpdateNumber(
            @Nullable Optional<@NotBlank @Size(max = 200) String> name,
            @Nullable Optional<@Size(max = 200) String> providerNumberId,
            @Nullable Optional<UUID> assignedUserId,
            @Nullable Optional<UUID> assignedAiAgentId,
            @Nullable Optional<Boolean> active) {}

    @GetMapping("/api/v1/phone-numbers")
    @PreAuthorize("hasAuthority('calls:read')")
    @Operation(summary = "Phone numbers with their answer rate over the last 7 days (the whole set in one page)")
    CursorPage<PhoneNumber> list() {
        return CursorPage.whole(numbers.all());
    }

    @PostMapping("/api/v1/phone-numbers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('telephony:manage')")
    @Operation(summary = "Add a number (normalized to E.164; active in one organization at a time)")
    PhoneNumber create(@Valid @RequestBody CreateNumber body, @AuthenticationPrincipal AuthenticatedUser me) {
        return numbers.create(
                new NewPhoneNumber(
                        body.name(),
                        body.phoneNumber(),
                        body.provider(),
                        body.providerNumberId(),
                        body.assignedUserId(),
                        body.assignedAiAgentId() == null ? null : AiAgentId.of(body.assignedAiAgentId())),
                me.id().value());
    }

    @GetMapping("/api/v1/phone-numbers/{id}")
    @PreAuthorize("hasAuthority('calls:read')")
    @Operation(summary = "Get a number")
    PhoneNumber get(@PathVariable UUID id) {
        return numbers.get(PhoneNumberId.of(id));
    }

    @PatchMapping("/api/v1/phone-numbers/{id}")
    @PreAuthorize("hasAuthority('telephony:manage')")
    @Operation(summary = "Rename, assign to a user or an AI agent, activate or deactivate a number")
    PhoneNumber update(@PathVariable UUID id, @Valid @RequestBody UpdateNumber body) {
        return numbers.update(
                PhoneNumberId.of(id),
                new PhoneNumberChanges(
                        body.name(),
                        body.providerNumberId(),
                        body.assignedUserId(),
                        body.assignedAiAgentId() == null
                                ? null
                                : body.assignedAiAgentId().map(AiAgentId::of),
                        body.active()));
    }

    @DeleteMapping("/api/v1/phone-numbers/{id}")
    @PreAuthorize("hasAuthority('telephony:manage')")
    @Operation(summary = "Remove a number")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        numbers.delete(PhoneNumberId.of(id));
    }
}
