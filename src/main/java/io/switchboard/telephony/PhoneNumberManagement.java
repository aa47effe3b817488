package io.switchboard.telephony;

import io.switchboard.db.tables.records.PhoneNumbersRecord;
import io.switchboard.leads.PhoneNumbers;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.Patches;
import io.switchboard.shared.TenantContext;
import io.switchboard.telephony.internal.AiAgents;
import io.switchboard.telephony.internal.Numbers;
import io.switchboard.tenancy.OrganizationManagement;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's phone numbers (seed 004), added by its admins or by platform operators with
 * the provider's number id. Adding a number claims it; {@link NumberVerification} settles whose it
 * is. A number is active at most once in an organization.
 */
@Service
public class PhoneNumberManagement {

    private final Numbers numbers;
    private final AiAgents agents;
    private final OrganizationManagement organizations;

    PhoneNumberManagement(Numbers numbers, AiAgents agents, OrganizationManagement organizations) {
        this.numbers = numbers;
        this.agents = agents;
        this.organizations = organizations;
    }

    @Transactional(readOnly = true)
    public List<PhoneNumber> all() {
        return numbers.all();
    }

    @Transactional(readOnly = true)
    public PhoneNumber get(PhoneNumberId id) {
        return numbers.findRecord(id).map(numbers::toNumber).orElseThrow(() -> new NotFound("phone_number", id));
    }

    @Transactional
    public PhoneNumber create(NewPhoneNumber command, @Nullable UUID actor) {
        PhoneNumbersRecord record = numbers.newRecord();
        record.setOrganizationId(TenantContext.require().value());
        record.setId(PhoneNumberId.generate().value());
        record.setName(command.name().strip());
        record.setPhoneNumber(normalize(command.phoneNumber()));
        record.setProvider((command.provider() == null ? ProviderKind.SIMULATED : command.provider()).toString());
        record.setProviderNumberId(blankToNull(command.providerNumberId()));
        assign(record, command.assignedUserId(), command.assignedAiAgentId());
        record.setActive(true);
        record.setCreatedBy(actor);
        requireProviderNumberId(record);
        record.store();
        return numbers.toNumber(record);
    }

    @Transactional
    public PhoneNumber update(PhoneNumberId id, PhoneNumberChanges changes) {
        PhoneNumbersRecord record = numbers.findRecord(id).orElseThrow(() -> new NotFound("phone_number", id));
        Patches.require(changes.name(), "name", v -> record.setName(v.strip()));
        Patches.apply(changes.providerNumberId(), v -> record.setProviderNumberId(blankToNull(v)));
        if (changes.assignedUserId() != null || changes.assignedAiAgentId() != null) {
            UUID user = changes.assignedUserId() == null
                    ? record.getAssignedUserId()
                    : changes.assignedUserId().orElse(null);
            AiAgentId agent = changes.assignedAiAgentId() == null
                    ? (record.getAssignedAiAgentId() == null ? null : AiAgentId.of(record.getAssignedAiAgentId()))
                    : changes.assignedAiAgentId().orElse(null);
            assign(record, user, agent);
        }
        Patches.require(changes.active(), "active", active -> {
            if (active && NumberOwnership.RELEASED.toString().equals(record.getOwnership())) {
                throw new InvalidInput(
                        "active", "number_released", "the number was proven to be another account's; add it anew");
            }
            record.setActive(active);
        });
        requireProviderNumberId(record);
        record.store();
        return numbers.toNumber(record);
    }

    @Transactional
    public void delete(PhoneNumberId id) {
        PhoneNumbersRecord record = numbers.findRecord(id).orElseThrow(() -> new NotFound("phone_number", id));
        record.delete();
    }

    private void assign(PhoneNumbersRecord record, @Nullable UUID user, @Nullable AiAgentId agent) {
        if (user != null && agent != null) {
            throw new InvalidInput(
                    "assigned_ai_agent_id",
                    "assigned_twice",
                    "a number is assigned to a user or to an AI agent, not both");
        }
        if (agent != null && agents.findRecord(agent).isEmpty()) {
            throw new InvalidInput("assigned_ai_agent_id", "invalid_reference", "no such AI agent");
        }
        record.setAssignedUserId(user);
        record.setAssignedAiAgentId(agent == null ? null : agent.value());
    }

    private String normalize(String raw) {
        return switch (PhoneNumbers.normalize(raw, organizations.current().defaultRegion())) {
            case PhoneNumbers.Valid valid -> valid.e164();
            case PhoneNumbers.Invalid invalid ->
                throw new InvalidInput("phone_number", "invalid_phone", invalid.reason());
        };
    }

    private static void requireProviderNumberId(PhoneNumbersRecord record) {
        if (!ProviderKind.SIMULATED.toString().equals(record.getProvider()) && record.getProviderNumberId() == null) {
            throw new InvalidInput(
                    "provider_number_id",
                    "provider_number_required",
                    "is required for a " + record.getProvider() + " number");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
