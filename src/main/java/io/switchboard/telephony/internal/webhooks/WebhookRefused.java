package io.switchboard.telephony.internal.webhooks;

import io.switchboard.shared.Problem;
import org.springframework.http.HttpStatus;

/** A webhook Switchboard will not accept: unsigned, wrongly signed, or for no known organization. */
public class WebhookRefused extends Problem {

    public WebhookRefused(String code, String detail) {
        super(HttpStatus.FORBIDDEN, code, "Forbidden", detail);
    }
}
