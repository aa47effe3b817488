package io.switchboard.campaigns;

import io.switchboard.shared.Codes;

/** Who talks on a campaign's calls: an AI voice agent, or a team of people. */
public enum CampaignType {
    AI_CALLING,
    HUMAN_CALLING;

    public static CampaignType fromCode(String code) {
        return Codes.parse(CampaignType.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
