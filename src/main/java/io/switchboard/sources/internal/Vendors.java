package io.switchboard.sources.internal;

import static io.switchboard.db.Tables.VENDORS;

import io.switchboard.db.tables.records.VendorsRecord;
import io.switchboard.shared.Money;
import io.switchboard.sources.Vendor;
import io.switchboard.sources.VendorId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class Vendors {

    private final DSLContext db;

    Vendors(DSLContext db) {
        this.db = db;
    }

    public VendorsRecord newRecord() {
        return db.newRecord(VENDORS);
    }

    public List<Vendor> all() {
        return db.selectFrom(VENDORS).orderBy(VENDORS.NAME).fetch(Vendors::toVendor);
    }

    public Optional<VendorsRecord> findRecord(VendorId id) {
        return db.selectFrom(VENDORS).where(VENDORS.ID.eq(id.value())).fetchOptional();
    }

    public Optional<VendorsRecord> byKeyHash(byte[] hash) {
        return db.selectFrom(VENDORS).where(VENDORS.KEY_HASH.eq(hash)).fetchOptional();
    }

    public void touch(VendorId id) {
        db.update(VENDORS)
                .set(VENDORS.KEY_LAST_USED_AT, DSL.currentOffsetDateTime())
                .where(VENDORS.ID.eq(id.value()))
                .execute();
    }

    /** Sets a vendor's price per lead (both null: none); answers whether it changed. */
    public boolean setCost(VendorId id, @Nullable Long amountMinor, @Nullable String currency) {
        return db.update(VENDORS)
                        .set(VENDORS.COST_PER_LEAD_MINOR, amountMinor)
                        .set(VENDORS.COST_CURRENCY, currency)
                        .where(VENDORS.ID.eq(id.value()))
                        .and(DSL.row(VENDORS.COST_PER_LEAD_MINOR, VENDORS.COST_CURRENCY)
                                .isDistinctFrom(DSL.row(
                                        DSL.val(amountMinor, VENDORS.COST_PER_LEAD_MINOR),
                                        DSL.val(currency, VENDORS.COST_CURRENCY))))
                        .execute()
                > 0;
    }

    public static Vendor toVendor(VendorsRecord r) {
        return new Vendor(
                VendorId.of(r.getId()),
                r.getName(),
                r.getContactEmail(),
                r.getStatus(),
                r.getKeyPrefix(),
                r.getKeyLastUsedAt() == null ? null : r.getKeyLastUsedAt().toInstant(),
                r.getCreatedAt().toInstant(),
                r.getCostPerLeadMinor() == null ? null : new Money(r.getCostPerLeadMinor(), r.getCostCurrency()));
    }
}
