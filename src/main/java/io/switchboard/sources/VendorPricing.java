package io.switchboard.sources;

import io.switchboard.shared.Currencies;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.Money;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.TenantContext;
import io.switchboard.sources.internal.VendorPrices;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What vendors charge per lead over time. A price applies to the leads created from its effective day
 * on (the organization's calendar) until the next price, so a new price leaves the days before it as
 * they were; a price entered for a past day re-prices the leads from that day on.
 */
@Service
public class VendorPricing {

    /** The earliest day a price may take effect: older leads are history imported without prices. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** How far ahead a price may be agreed: a year. */
    static final int DAYS_AHEAD = 366;

    private final VendorManagement vendors;
    private final VendorPrices prices;
    private final VendorCalendar calendar;
    private final ApplicationEventPublisher events;

    VendorPricing(
            VendorManagement vendors, VendorPrices prices, VendorCalendar calendar, ApplicationEventPublisher events) {
        this.vendors = vendors;
        this.prices = prices;
        this.calendar = calendar;
        this.events = events;
    }

    /** Today in the organization's calendar: the day "from today on" means. */
    public LocalDate today() {
        return calendar.today();
    }

    /** One vendor's prices, the latest effective day first (another organization's vendor: 404). */
    @Transactional(readOnly = true)
    public List<VendorPrice> history(VendorId id) {
        vendors.get(id);
        return prices.of(id);
    }

    /** Every vendor's prices, by vendor and effective day (for analytics). */
    @Transactional(readOnly = true)
    public List<VendorPrice> all() {
        return prices.all();
    }

    /**
     * Sets the vendor's price from {@code from} on (null: nothing charged from that day), replacing a
     * price set for the same day.
     */
    @Transactional
    public VendorPrice set(VendorId id, LocalDate from, @Nullable Money cost) {
        vendors.get(id); // another organization's vendor: 404
        LocalDate today = calendar.today();
        if (from.isBefore(EARLIEST)) {
            throw new InvalidInput("effective_from", "effective_too_early", "must be " + EARLIEST + " or later");
        }
        if (from.isAfter(today.plusDays(DAYS_AHEAD))) {
            throw new InvalidInput(
                    "effective_from", "effective_too_far", "must be within a year from today (" + today + ")");
        }
        if (cost != null && cost.amountMinor() < 0) {
            throw new InvalidInput("amount_minor", "invalid_amount", "must not be negative");
        }
        Money price = cost == null
                ? null
                : new Money(cost.amountMinor(), Currencies.requireKnown("currency", cost.currency()));
        if (prices.set(id, from, price)) {
            events.publishEvent(new VendorPriceChanged(TenantContext.require().value(), id, from));
        }
        return prices.of(id).stream()
                .filter(p -> p.effectiveFrom().equals(from))
                .findFirst()
                .orElseThrow();
    }

    /** The vendor's price from today on (null: nothing charged from today). */
    @Transactional
    public Vendor setFromToday(VendorId id, @Nullable Money cost) {
        set(id, calendar.today(), cost);
        return vendors.get(id);
    }

    /** Removes the price set for {@code from}: the one before it applies again. */
    @Transactional
    public void remove(VendorId id, LocalDate from) {
        vendors.get(id);
        if (!prices.remove(id, from)) {
            throw new NotFound("vendor_price", from);
        }
        events.publishEvent(new VendorPriceChanged(TenantContext.require().value(), id, from));
    }
}
