package io.switchboard.analytics;

import org.jspecify.annotations.Nullable;

/**
 * What the leads brought in against what they cost, amounts in minor units of the organization's
 * currency (its credit's). Shown among the other figures (the JSON and CSV are flat).
 *
 * @param revenueMinor won values of the leads created in the range that are converted now (for a
 *     calling campaign, AI agent or number: of the converted leads whose last answered call it had)
 * @param leadsQualified leads created in the range with a hot or warm call outcome
 * @param spendMinor vendor plus marketing spend (call credits are {@code credits_spent_minor})
 * @param costPerQualifiedLeadMinor spend plus credits per qualified lead, null without one
 * @param roi (revenue − cost) / cost with cost = spend plus credits, null when nothing was spent
 */
public record ReturnFigures(
        long revenueMinor,
        long leadsQualified,
        long vendorSpendMinor,
        long marketingSpendMinor,
        long spendMinor,
        @Nullable Long costPerQualifiedLeadMinor,
        @Nullable Double roi) {

    static ReturnFigures of(Counts c) {
        long cost = c.costMinor();
        return new ReturnFigures(
                c.revenueMinor(),
                c.leadsQualified(),
                c.vendorSpendMinor(),
                c.marketingSpendMinor(),
                c.vendorSpendMinor() + c.marketingSpendMinor(),
                c.leadsQualified() == 0 ? null : Math.round((double) cost / c.leadsQualified()),
                cost == 0 ? null : Math.round((c.revenueMinor() - cost) * 1000.0 / cost) / 1000.0);
    }
}
