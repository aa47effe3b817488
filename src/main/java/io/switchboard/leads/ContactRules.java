package io.switchboard.leads;

import io.switchboard.shared.InvalidInput;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a lead's contact details are cleaned, the same for the API, the console, vendor intake and
 * CSV imports: a name, and a phone (E.164, read in the organization's default region) or an e-mail
 * (lower-cased) to reach them by.
 */
public final class ContactRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ContactRules() {}

    public record Contact(
            String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String phoneRegion,
            @Nullable String timezone,
            @Nullable String company,
            @Nullable String linkedinUrl) {}

    public static Contact normalize(
            @Nullable String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String timezone,
            @Nullable String company,
            @Nullable String linkedinUrl,
            String defaultRegion) {
        String cleanName = blankToNull(name);
        if (cleanName == null) {
            throw new InvalidInput("name", "required", "is required");
        }
        if (cleanName.length() > 300) {
            throw new InvalidInput("name", "invalid_length", "must be at most 300 characters");
        }
        String cleanEmail = email(email);
        String e164 = null;
        String region = null;
        String zone = zone(timezone);
        String rawPhone = blankToNull(phone);
        if (rawPhone != null) {
            switch (PhoneNumbers.normalize(rawPhone, defaultRegion)) {
                case PhoneNumbers.Valid valid -> {
                    e164 = valid.e164();
                    region = valid.region();
                    zone = zone != null ? zone : valid.timezone();
                }
                case PhoneNumbers.Invalid invalid -> throw new InvalidInput("phone", "invalid_phone", invalid.reason());
            }
        }
        if (e164 == null && cleanEmail == null) {
            throw new InvalidInput("phone", "contact_required", "a phone number or an e-mail address is required");
        }
        String cleanCompany = blankToNull(company);
        if (cleanCompany != null && cleanCompany.length() > 300) {
            throw new InvalidInput("company", "invalid_length", "must be at most 300 characters");
        }
        return new Contact(cleanName, cleanEmail, e164, region, zone, cleanCompany, linkedin(linkedinUrl));
    }

    public static @Nullable String email(@Nullable String email) {
        String value = blankToNull(email);
        if (value == null) {
            return null;
        }
        value = value.toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            throw new InvalidInput("email", "invalid_email", "is not an e-mail address");
        }
        return value;
    }

    static @Nullable String zone(@Nullable String timezone) {
        String value = blankToNull(timezone);
        if (value == null) {
            return null;
        }
        try {
            return ZoneId.of(value).getId();
        } catch (DateTimeException e) {
            throw new InvalidInput("timezone", "invalid_timezone", "is not an IANA time zone such as America/Chicago");
        }
    }

    static @Nullable String linkedin(@Nullable String url) {
        String value = blankToNull(url);
        if (value == null) {
            return null;
        }
        try {
            URI uri = URI.create(value.startsWith("http") ? value : "https://" + value);
            if (uri.getHost() != null
                    && uri.getHost().toLowerCase(Locale.ROOT).endsWith("linkedin.com")
                    && value.length() <= 500) {
                return uri.toString();
            }
        } catch (IllegalArgumentException ignored) {
            // refused below
        }
        throw new InvalidInput("linkedin_url", "invalid_url", "must be a linkedin.com URL");
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
