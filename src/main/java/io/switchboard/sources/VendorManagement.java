package io.switchboard.sources;

import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.OpaqueTokens;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.sources.internal.VendorPrices;
import io.switchboard.sources.internal.Vendors;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Lead vendors and their intake API keys ({@code vk_…}, shown once, stored hashed). */
@Service
public class VendorManagement {

    static final String KEY_PREFIX = "vk_";

    private final Vendors vendors;
    private final VendorPrices prices;
    private final VendorCalendar calendar;
    private final TransactionTemplate tx;

    VendorManagement(Vendors vendors, VendorPrices prices, VendorCalendar calendar, TransactionTemplate tx) {
        this.vendors = vendors;
        this.prices = prices;
        this.calendar = calendar;
        this.tx = tx;
    }

    /** The vendors, each with the price it charges today. */
    @Transactional(readOnly = true)
    public List<Vendor> all() {
        return vendors.all(prices.on(calendar.today()));
    }

    @Transactional(readOnly = true)
    public Vendor get(VendorId id) {
        var record = vendors.findRecord(id).orElseThrow(() -> new NotFound("vendor", id));
        return Vendors.toVendor(record, prices.on(calendar.today()).get(id.value()));
    }

    @Transactional
    public VendorKey create(String name, @Nullable String contactEmail) {
        if (name.isBlank() || name.length() > 200) {
            throw new InvalidInput("name", "invalid_length", "must be 1 to 200 characters");
        }
        var record = vendors.newRecord();
        record.setOrganizationId(TenantContext.require().value());
        record.setId(VendorId.generate().value());
        record.setName(name.strip());
        record.setContactEmail(contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip());
        String key = issueKey(record);
        record.store();
        record.refresh();
        return new VendorKey(Vendors.toVendor(record), key);
    }

    /** A new key; the old one stops working at once (vendors hold one key at a time). */
    @Transactional
    public VendorKey rotateKey(VendorId id) {
        var record = vendors.findRecord(id).orElseThrow(() -> new NotFound("vendor", id));
        String key = issueKey(record);
        record.store();
        return new VendorKey(get(id), key);
    }

    @Transactional
    public Vendor setActive(VendorId id, boolean active) {
        var record = vendors.findRecord(id).orElseThrow(() -> new NotFound("vendor", id));
        record.setStatus(active ? "active" : "paused");
        record.store();
        return get(id);
    }

    @Transactional
    public void delete(VendorId id) {
        vendors.findRecord(id).orElseThrow(() -> new NotFound("vendor", id)).delete();
    }

    /**
     * The active vendor an intake key belongs to, or empty. Runs in the key's organization (the key
     * names it); the caller then binds that organization to the request.
     */
    public Optional<Authenticated> authenticate(String key) {
        return OpaqueTokens.organizationOf(KEY_PREFIX, key)
                .map(OrganizationId::of)
                .flatMap(organization -> TenantContext.callAs(
                        organization,
                        () -> tx.execute(status -> vendors.byKeyHash(OpaqueTokens.hash(key))
                                .filter(v -> "active".equals(v.getStatus()))
                                .map(v -> {
                                    vendors.touch(VendorId.of(v.getId()));
                                    return new Authenticated(organization, VendorId.of(v.getId()), v.getName());
                                }))));
    }

    private static String issueKey(io.switchboard.db.tables.records.VendorsRecord record) {
        String key = OpaqueTokens.issue(KEY_PREFIX, record.getOrganizationId());
        record.setKeyHash(OpaqueTokens.hash(key));
        record.setKeyPrefix(OpaqueTokens.displayPrefix(key));
        return key;
    }

    /** A vendor identified by its intake key. */
    public record Authenticated(OrganizationId organizationId, VendorId vendorId, String name) {}
}
