package io.switchboard.telephony;

import io.switchboard.telephony.internal.CallBuckets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A campaign's calls over time, for its monitor. */
@Service
public class CampaignCalls {

    private final CallBuckets buckets;

    CampaignCalls(CallBuckets buckets) {
        this.buckets = buckets;
    }

    /** Calls placed and answered per bucket from {@code from} until {@code to}, every bucket present. */
    @Transactional(readOnly = true)
    public List<CallActivity> activity(UUID campaignId, Instant from, Instant to, Duration bucket) {
        Map<Instant, CallActivity> counted = new HashMap<>();
        buckets.ofCampaign(campaignId, from, bucket).forEach(a -> counted.put(a.start(), a));
        List<CallActivity> all = new ArrayList<>();
        for (Instant at = from; at.isBefore(to); at = at.plus(bucket)) {
            all.add(counted.getOrDefault(at, new CallActivity(at, 0, 0)));
        }
        return all;
    }
}
