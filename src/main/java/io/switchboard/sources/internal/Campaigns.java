package io.switchboard.sources.internal;

import static io.switchboard.db.Tables.MARKETING_CAMPAIGNS;

import io.switchboard.db.tables.records.MarketingCampaignsRecord;
import io.switchboard.shared.Codes;
import io.switchboard.shared.Money;
import io.switchboard.sources.MarketingCampaign;
import io.switchboard.sources.MarketingCampaignId;
import io.switchboard.sources.Platform;
import io.switchboard.sources.VendorId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class Campaigns {

    private final DSLContext db;

    Campaigns(DSLContext db) {
        this.db = db;
    }

    public MarketingCampaignsRecord newRecord() {
        return db.newRecord(MARKETING_CAMPAIGNS);
    }

    public List<MarketingCampaign> all() {
        return db.selectFrom(MARKETING_CAMPAIGNS)
                .orderBy(MARKETING_CAMPAIGNS.NAME)
                .fetch(Campaigns::toCampaign);
    }

    public Optional<MarketingCampaignsRecord> findRecord(MarketingCampaignId id) {
        return db.selectFrom(MARKETING_CAMPAIGNS)
                .where(MARKETING_CAMPAIGNS.ID.eq(id.value()))
                .fetchOptional();
    }

    public static MarketingCampaign toCampaign(MarketingCampaignsRecord r) {
        return new MarketingCampaign(
                MarketingCampaignId.of(r.getId()),
                r.getVendorId() == null ? null : VendorId.of(r.getVendorId()),
                r.getName(),
                Codes.parse(Platform.class, r.getPlatform()),
                r.getStatus(),
                r.getBudgetMinor() == null ? null : new Money(r.getBudgetMinor(), r.getCurrency()),
                new Money(r.getSpendMinor(), r.getCurrency()),
                r.getStartsOn(),
                r.getEndsOn(),
                r.getCreatedAt().toInstant());
    }
}
