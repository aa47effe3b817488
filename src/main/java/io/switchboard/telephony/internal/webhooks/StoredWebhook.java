package io.switchboard.telephony.internal.webhooks;

import io.switchboard.db.tables.records.WebhookEventsRecord;
import io.switchboard.telephony.provider.WebhookRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A stored webhook read back as a request, for another processing attempt (no signature check). */
final class StoredWebhook {

    private StoredWebhook() {}

    static WebhookRequest request(WebhookEventsRecord stored) {
        String query = stored.getQuery() == null ? "" : stored.getQuery();
        Map<String, List<String>> headers =
                stored.getContentType() == null ? Map.of() : Map.of("content-type", List.of(stored.getContentType()));
        return WebhookRequest.of(
                "stored:" + stored.getId() + (query.isEmpty() ? "" : "?" + query),
                "POST",
                headers,
                stored.getContentType(),
                stored.getBody());
    }

    static @Nullable UUID callHint(WebhookEventsRecord stored) {
        String call = request(stored).queryParameter("call");
        try {
            return call == null ? null : UUID.fromString(call);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
