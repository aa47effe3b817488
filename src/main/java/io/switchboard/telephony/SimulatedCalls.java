package io.switchboard.telephony;

import io.switchboard.db.tables.records.PhoneNumbersRecord;
import io.switchboard.leads.PhoneNumbers;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.telephony.internal.Numbers;
import io.switchboard.telephony.internal.simulated.SimulatedProvider;
import io.switchboard.tenancy.OrganizationManagement;
import io.switchboard.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What only the simulated provider can do: ring the organization from a made-up caller. */
@Service
public class SimulatedCalls {

    private final SimulatedProvider simulator;
    private final Numbers numbers;
    private final VoiceProviderSettings settings;
    private final OrganizationManagement organizations;

    SimulatedCalls(
            SimulatedProvider simulator,
            Numbers numbers,
            VoiceProviderSettings settings,
            OrganizationManagement organizations) {
        this.simulator = simulator;
        this.numbers = numbers;
        this.settings = settings;
        this.organizations = organizations;
    }

    /** Starts an inbound call to one of the organization's simulated numbers; its webhooks follow. */
    @Transactional
    public String inbound(String from, PhoneNumberId to) {
        PhoneNumbersRecord number = numbers.findRecord(to).orElseThrow(() -> new NotFound("phone_number", to));
        if (!ProviderKind.SIMULATED.toString().equals(number.getProvider()) || !number.getActive()) {
            throw new InvalidInput("to_number_id", "not_simulated", "the number must be an active simulated number");
        }
        String caller =
                switch (PhoneNumbers.normalize(from, organizations.current().defaultRegion())) {
                    case PhoneNumbers.Valid valid -> valid.e164();
                    case PhoneNumbers.Invalid invalid ->
                        throw new InvalidInput("from", "invalid_phone", invalid.reason());
                };
        return simulator.receive(
                settings.account(ProviderKind.SIMULATED),
                caller,
                number.getPhoneNumber(),
                settings.webhookUrl(
                        ProviderKind.SIMULATED, TenantContext.require().value(), null));
    }
}
