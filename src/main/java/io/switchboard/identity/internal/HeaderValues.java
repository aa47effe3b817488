package io.switchboard.identity.internal;

import java.util.function.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's firewall with its own header-value rule (assigned characters, no control
 * characters but tab) answered without its regular expression when a value is printable ASCII, as
 * nearly every value is. The regular expression ran over every character of every header read: the
 * bearer token alone was 3% of a lead read's CPU. Anything else still goes to the firewall's rule.
 */
@Configuration(proxyBeanMethods = false)
class HeaderValues {

    static final Predicate<String> ALLOWED = HeaderValues::allowed;

    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderValues(ALLOWED);
        return firewall;
    }

    static boolean allowed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' ? c != '\t' : c > '~') {
                return StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(value);
            }
        }
        return true;
    }
}
