package io.switchboard.sources.internal;

import static io.switchboard.db.Tables.VENDOR_PRICES;

import io.switchboard.db.tables.records.VendorPricesRecord;
import io.switchboard.shared.Money;
import io.switchboard.shared.TenantContext;
import io.switchboard.sources.VendorId;
import io.switchboard.sources.VendorPrice;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Vendors' prices per lead by the day they take effect. */
@Repository
public class VendorPrices {

    private final DSLContext db;

    VendorPrices(DSLContext db) {
        this.db = db;
    }

    /** Sets the price from {@code from} (replacing one set for that day); answers whether it changed. */
    public boolean set(VendorId vendor, LocalDate from, @Nullable Money cost) {
        Long amount = cost == null ? null : cost.amountMinor();
        String currency = cost == null ? null : cost.currency();
        return db.insertInto(VENDOR_PRICES)
                        .set(
                                VENDOR_PRICES.ORGANIZATION_ID,
                                TenantContext.require().value())
                        .set(VENDOR_PRICES.VENDOR_ID, vendor.value())
                        .set(VENDOR_PRICES.EFFECTIVE_FROM, from)
                        .set(VENDOR_PRICES.AMOUNT_MINOR, amount)
                        .set(VENDOR_PRICES.CURRENCY, currency)
                        .onConflict(
                                VENDOR_PRICES.ORGANIZATION_ID, VENDOR_PRICES.VENDOR_ID, VENDOR_PRICES.EFFECTIVE_FROM)
                        .doUpdate()
                        .set(VENDOR_PRICES.AMOUNT_MINOR, amount)
                        .set(VENDOR_PRICES.CURRENCY, currency)
                        .where(DSL.row(VENDOR_PRICES.AMOUNT_MINOR, VENDOR_PRICES.CURRENCY)
                                .isDistinctFrom(DSL.row(
                                        DSL.val(amount, VENDOR_PRICES.AMOUNT_MINOR),
                                        DSL.val(currency, VENDOR_PRICES.CURRENCY))))
                        .execute()
                > 0;
    }

    public boolean remove(VendorId vendor, LocalDate from) {
        return db.deleteFrom(VENDOR_PRICES)
                        .where(VENDOR_PRICES.VENDOR_ID.eq(vendor.value()))
                        .and(VENDOR_PRICES.EFFECTIVE_FROM.eq(from))
                        .execute()
                > 0;
    }

    /** One vendor's prices, the latest effective day first. */
    public List<VendorPrice> of(VendorId vendor) {
        return db.selectFrom(VENDOR_PRICES)
                .where(VENDOR_PRICES.VENDOR_ID.eq(vendor.value()))
                .orderBy(VENDOR_PRICES.EFFECTIVE_FROM.desc())
                .fetch(VendorPrices::toPrice);
    }

    /** Every vendor's prices, by vendor and effective day. */
    public List<VendorPrice> all() {
        return db.selectFrom(VENDOR_PRICES)
                .orderBy(VENDOR_PRICES.VENDOR_ID, VENDOR_PRICES.EFFECTIVE_FROM)
                .fetch(VendorPrices::toPrice);
    }

    /** The price each vendor charges on {@code day} (vendors without one are left out). */
    public Map<UUID, Money> on(LocalDate day) {
        Map<UUID, Money> prices = new HashMap<>();
        db.selectDistinct(VENDOR_PRICES.VENDOR_ID, VENDOR_PRICES.AMOUNT_MINOR, VENDOR_PRICES.CURRENCY)
                .on(VENDOR_PRICES.VENDOR_ID)
                .from(VENDOR_PRICES)
                .where(VENDOR_PRICES.EFFECTIVE_FROM.le(day))
                .orderBy(VENDOR_PRICES.VENDOR_ID, VENDOR_PRICES.EFFECTIVE_FROM.desc())
                .fetch()
                .forEach(r -> {
                    if (r.value2() != null) {
                        prices.put(r.value1(), new Money(r.value2(), r.value3()));
                    }
                });
        return prices;
    }

    private static VendorPrice toPrice(VendorPricesRecord r) {
        return new VendorPrice(
                VendorId.of(r.getVendorId()),
                r.getEffectiveFrom(),
                r.getAmountMinor() == null ? null : new Money(r.getAmountMinor(), r.getCurrency()),
                r.getUpdatedAt().toInstant());
    }
}
