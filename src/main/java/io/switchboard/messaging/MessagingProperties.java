package io.switchboard.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Messaging settings ({@code switchboard.messaging.*}).
 *
 * @param publicUrl the URL providers reach Switchboard at: webhook URLs, and the Twilio signatures
 *     that cover them, are built on it
 * @param providerTimeout connect and read timeout of a provider's API (Twilio) and of an SMTP server
 */
@ConfigurationProperties("switchboard.messaging")
public record MessagingProperties(
        @DefaultValue("http://localhost:8080") String publicUrl, @DefaultValue("PT10S") Duration providerTimeout) {

    /** The public URL without a trailing slash. */
    public String base() {
        return publicUrl.replaceAll("/+$", "");
    }
}
