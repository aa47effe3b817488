package io.switchboard.sources;

import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.TenantContext;
import io.switchboard.sources.internal.Campaigns;
import io.switchboard.sources.internal.Spends;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Marketing campaigns with their platform, budget and spend. */
@Service
public class MarketingCampaigns {

    /** Spend is reported for days gone by or today, wherever today is on Earth. */
    private static final int DAYS_AHEAD = 1;

    private final Campaigns campaigns;
    private final Spends spends;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MarketingCampaigns(Campaigns campaigns, Spends spends, ApplicationEventPublisher events, Clock clock) {
        this.campaigns = campaigns;
        this.spends = spends;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MarketingCampaign> all() {
        return campaigns.all();
    }

    @Transactional(readOnly = true)
    public MarketingCampaign get(MarketingCampaignId id) {
        return campaigns
                .findRecord(id)
                .map(Campaigns::toCampaign)
                .orElseThrow(() -> new NotFound("marketing campaign", id));
    }

    @Transactional
    public MarketingCampaign create(NewMarketingCampaign command) {
        command.requireDatesInOrder();
        var record = campaigns.newRecord();
        record.setOrganizationId(TenantContext.require().value());
        record.setId(MarketingCampaignId.generate().value());
        record.setName(command.name().strip());
        record.setVendorId(
                command.vendorId() == null ? null : command.vendorId().value());
        record.setPlatform((command.platform() == null ? Platform.OTHER : command.platform()).toString());
        if (command.budget() != null) {
            record.setBudgetMinor(command.budget().amountMinor());
            record.setCurrency(command.budget().currency());
        }
        record.setStartsOn(command.startsOn());
        record.setEndsOn(command.endsOn());
        record.store();
        record.refresh();
        return Campaigns.toCampaign(record);
    }

    /** Adds spend (minor units, the campaign's currency). */
    @Transactional
    public MarketingCampaign recordSpend(MarketingCampaignId id, long amountMinor) {
        if (amountMinor < 0) {
            throw new InvalidInput("amount_minor", "invalid_amount", "must not be negative");
        }
        var record = campaigns.findRecord(id).orElseThrow(() -> new NotFound("marketing campaign", id));
        record.setSpendMinor(record.getSpendMinor() + amountMinor);
        record.store();
        return Campaigns.toCampaign(record);
    }

    /**
     * Sets the campaign's spend on {@code day} (minor units, the campaign's currency), as the ad
     * platform reports it: setting a day again corrects it. The campaign's total spend moves by the
     * difference.
     */
    @Transactional
    public MarketingCampaign setDailySpend(MarketingCampaignId id, LocalDate day, long amountMinor) {
        if (amountMinor < 0) {
            throw new InvalidInput("amount_minor", "invalid_amount", "must not be negative");
        }
        if (day.isAfter(LocalDate.now(clock).plusDays(DAYS_AHEAD))) {
            throw new InvalidInput("day", "day_in_future", "spend is recorded for a day that has begun");
        }
        get(id); // another organization's campaign: 404
        spends.set(id, day, amountMinor);
        events.publishEvent(new MarketingSpendRecorded(TenantContext.require().value(), id, day));
        return get(id);
    }

    /** Spend per day from {@code from} to {@code to}, both included: one campaign's, or every campaign's (null). */
    @Transactional(readOnly = true)
    public List<DailySpend> dailySpend(@Nullable MarketingCampaignId id, LocalDate from, LocalDate to) {
        if (id != null) {
            get(id); // another organization's campaign: 404
        }
        return spends.between(id, from, to);
    }

    @Transactional
    public void delete(MarketingCampaignId id) {
        var record = campaigns.findRecord(id).orElseThrow(() -> new NotFound("marketing campaign", id));
        // Its spend goes with it (cascade): the days it was spent on count without it.
        spends.between(id, LocalDate.MIN, LocalDate.MAX)
                .forEach(s -> events.publishEvent(
                        new MarketingSpendRecorded(TenantContext.require().value(), id, s.day())));
        record.delete();
    }
}
