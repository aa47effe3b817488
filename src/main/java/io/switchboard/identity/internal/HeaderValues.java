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
 * Header names, and parameter names and values, the same way (assigned characters, no control
 * characters: printable ASCII is both); the names' expression was another 1% of a lead read.
 */
@Configuration(proxyBeanMethods = false)
class HeaderValues {

    static final Predicate<String> ALLOWED = HeaderValues::allowed;
    static final Predicate<String> ALLOWED_NAMES =
            name -> printable(name) || StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(name);
    static final Predicate<String> ALLOWED_PARAMETER_NAMES =
            name -> printable(name) || StrictHttpFirewall.ALLOWED_PARAMETER_NAMES.test(name);
    static final Predicate<String> ALLOWED_PARAMETER_VALUES =
            value -> printable(value) || StrictHttpFirewall.ALLOWED_PARAMETER_VALUES.test(value);

    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderValues(ALLOWED);
        firewall.setAllowedHeaderNames(ALLOWED_NAMES);
        firewall.setAllowedParameterNames(ALLOWED_PARAMETER_NAMES);
        firewall.setAllowedParameterValues(ALLOWED_PARAMETER_VALUES);
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

    /** Printable ASCII only (space to tilde): assigned characters, none of them a control character. */
    static boolean printable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }
}
