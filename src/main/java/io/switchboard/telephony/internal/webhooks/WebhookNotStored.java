package io.switchboard.telephony.internal.webhooks;

import io.switchboard.shared.Problem;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A webhook that could not be stored: answered 503 with {@code Retry-After}, so the provider delivers it again. */
public class WebhookNotStored extends Problem {

    private static final int RETRY_AFTER_SECONDS = 5;

    public WebhookNotStored() {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "webhook_not_stored",
                "Service unavailable",
                "the webhook could not be stored; please deliver it again",
                Map.of("retry_after", RETRY_AFTER_SECONDS),
                List.of());
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    }
}
