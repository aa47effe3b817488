package io.switchboard.campaigns;

import io.switchboard.shared.Codes;

/** Where a campaign is: only an active one is dialled; completed and canceled are final. */
public enum CampaignStatus {
    DRAFT,
    SCHEDULED,
    ACTIVE,
    PAUSED,
    COMPLETED,
    CANCELED;

    public static CampaignStatus fromCode(String code) {
        return Codes.parse(CampaignStatus.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
