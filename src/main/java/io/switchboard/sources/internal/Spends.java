package io.switchboard.sources.internal;

import static io.switchboard.db.Tables.MARKETING_CAMPAIGNS;
import static io.switchboard.db.Tables.MARKETING_SPEND;

import io.switchboard.shared.TenantContext;
import io.switchboard.sources.DailySpend;
import io.switchboard.sources.MarketingCampaignId;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Marketing campaigns' spend per day, in each campaign's currency. */
@Repository
public class Spends {

    private final DSLContext db;

    public Spends(DSLContext db) {
        this.db = db;
    }

    /**
     * Sets a day's spend; the campaign's total moves by the difference. Answers the amount the day had
     * before (0 when none).
     */
    public long set(MarketingCampaignId campaign, LocalDate day, long amountMinor) {
        Long before = db.select(MARKETING_SPEND.AMOUNT_MINOR)
                .from(MARKETING_SPEND)
                .where(MARKETING_SPEND.MARKETING_CAMPAIGN_ID.eq(campaign.value()))
                .and(MARKETING_SPEND.DAY.eq(day))
                .forUpdate()
                .fetchOne(MARKETING_SPEND.AMOUNT_MINOR);
        db.insertInto(MARKETING_SPEND)
                .set(MARKETING_SPEND.ORGANIZATION_ID, TenantContext.require().value())
                .set(MARKETING_SPEND.MARKETING_CAMPAIGN_ID, campaign.value())
                .set(MARKETING_SPEND.DAY, day)
                .set(MARKETING_SPEND.AMOUNT_MINOR, amountMinor)
                .onConflict(MARKETING_SPEND.ORGANIZATION_ID, MARKETING_SPEND.MARKETING_CAMPAIGN_ID, MARKETING_SPEND.DAY)
                .doUpdate()
                .set(MARKETING_SPEND.AMOUNT_MINOR, amountMinor)
                .execute();
        long previous = before == null ? 0 : before;
        db.update(MARKETING_CAMPAIGNS)
                .set(
                        MARKETING_CAMPAIGNS.SPEND_MINOR,
                        DSL.greatest(DSL.val(0L), MARKETING_CAMPAIGNS.SPEND_MINOR.plus(amountMinor - previous)))
                .where(MARKETING_CAMPAIGNS.ID.eq(campaign.value()))
                .execute();
        return previous;
    }

    /** The days from {@code from} to {@code to} (both included) with spend, of one campaign or all. */
    public List<DailySpend> between(@Nullable MarketingCampaignId campaign, LocalDate from, LocalDate to) {
        Condition which =
                campaign == null ? DSL.noCondition() : MARKETING_SPEND.MARKETING_CAMPAIGN_ID.eq(campaign.value());
        return db.select(
                        MARKETING_SPEND.MARKETING_CAMPAIGN_ID,
                        MARKETING_SPEND.DAY,
                        MARKETING_SPEND.AMOUNT_MINOR,
                        MARKETING_CAMPAIGNS.CURRENCY)
                .from(MARKETING_SPEND)
                .join(MARKETING_CAMPAIGNS)
                .on(MARKETING_CAMPAIGNS.ORGANIZATION_ID.eq(MARKETING_SPEND.ORGANIZATION_ID))
                .and(MARKETING_CAMPAIGNS.ID.eq(MARKETING_SPEND.MARKETING_CAMPAIGN_ID))
                .where(MARKETING_SPEND.DAY.between(from, to))
                .and(which)
                .orderBy(MARKETING_SPEND.DAY, MARKETING_SPEND.MARKETING_CAMPAIGN_ID)
                .fetch(r -> new DailySpend(MarketingCampaignId.of(r.value1()), r.value2(), r.value3(), r.value4()));
    }
}
