package io.switchboard.sources;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

public record MarketingCampaignId(UUID value) {

    @JsonCreator
    public static MarketingCampaignId of(UUID value) {
        return new MarketingCampaignId(value);
    }

    public static MarketingCampaignId generate() {
        return new MarketingCampaignId(Ids.next());
    }

    @JsonValue
    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
