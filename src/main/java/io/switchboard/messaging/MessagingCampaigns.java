package io.switchboard.messaging;

import io.switchboard.messaging.internal.CampaignMessageStore;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of the messages a campaign (module campaigns) sent through {@link
 * Messaging#sendForCampaign}: the funnel, read from the messages themselves, so it is as true as
 * their forward-only statuses.
 */
@Service
public class MessagingCampaigns {

    /**
     * A campaign's messages.
     *
     * @param sent every message the campaign sent (accepted by the send policy), whatever its status
     * @param waiting not handed to the provider yet (waiting for a send slot under the rate limit)
     * @param delivered delivered (read ones included)
     * @param read read (WhatsApp)
     * @param failed failed, undelivered or expired
     * @param replied the lead wrote back on the channel after the campaign's message
     */
    public record Funnel(int sent, int waiting, int delivered, int read, int failed, int replied) {}

    private final CampaignMessageStore store;

    MessagingCampaigns(CampaignMessageStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public Funnel funnel(UUID campaign) {
        return store.funnel(campaign);
    }

    /** The campaign's message status for each of these leads it messaged (a page of members). */
    @Transactional(readOnly = true)
    public Map<UUID, MessageStatus> statuses(UUID campaign, Collection<UUID> leads) {
        return leads.isEmpty() ? Map.of() : store.statuses(campaign, leads);
    }
}
