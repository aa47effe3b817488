package io.switchboard.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties("switchboard.identity")
public record IdentityProperties(
        @DefaultValue("PT15M") Duration accessTokenTtl,
        @DefaultValue("P30D") Duration refreshTokenTtl,
        @DefaultValue("P7D") Duration invitationTtl,
        @DefaultValue("http://localhost:8080") String publicUrl) {}
