package io.switchboard.sources.internal;

import static io.switchboard.db.Tables.VENDORS;

import io.switchboard.db.tables.records.VendorsRecord;
import io.switchboard.shared.Money;
import io.switchboard.sources.Vendor;
import io.switchboard.sources.VendorId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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

    /** @param prices each vendor's price today */
    public List<Vendor> all(Map<UUID, Money> prices) {
        return db.selectFrom(VENDORS).orderBy(VENDORS.NAME).fetch(r -> toVendor(r, prices.get(r.getId())));
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

    public static Vendor toVendor(VendorsRecord r) {
        return toVendor(r, null);
    }

    /** @param cost the price it charges today */
    public static Vendor toVendor(VendorsRecord r, @Nullable Money cost) {
        return new Vendor(
                VendorId.of(r.getId()),
                r.getName(),
                r.getContactEmail(),
                r.getStatus(),
                r.getKeyPrefix(),
                r.getKeyLastUsedAt() == null ? null : r.getKeyLastUsedAt().toInstant(),
                r.getCreatedAt().toInstant(),
                cost);
    }
}
