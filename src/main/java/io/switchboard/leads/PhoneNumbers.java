package io.switchboard.leads;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads a phone number as people write it ("(512) 555-0142", "+44 20 7946 0958", "0044…") into
 * E.164, with the region it belongs to and, where the number pins one down, its time zone (the
 * calling window is kept in the lead's local time).
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final PhoneNumberToTimeZonesMapper ZONES = PhoneNumberToTimeZonesMapper.getInstance();

    private static final Map<Integer, List<String>> COUNTRY_ZONES = new ConcurrentHashMap<>();
    private static final Map<List<String>, Optional<String>> SAME_CLOCK = new ConcurrentHashMap<>();

    private PhoneNumbers() {}

    public sealed interface Result {}

    /**
     * @param timezone the number's time zone when it has one, or several that keep the same clock
     *     (a UK mobile: London, Jersey, Guernsey…); null when unknown or when the number spans zones
     *     that differ (an Australian mobile, a US toll-free number, an area code across two zones),
     *     so that the calling window is then checked in every zone the number may ring in rather
     *     than in an arbitrary one
     */
    public record Valid(String e164, String region, @Nullable String timezone) implements Result {}

    public record Invalid(String reason) implements Result {}

    public static Result normalize(String raw, String defaultRegion) {
        String input = raw.strip();
        if (input.isEmpty()) {
            return new Invalid("is empty");
        }
        if (input.startsWith("00")) {
            input = "+" + input.substring(2);
        }
        try {
            PhoneNumber number = UTIL.parse(plain(input), defaultRegion);
            // The region, then the number's type once: a known type is a valid number. (isValidNumber
            // and the time-zone mapper would each work both out again, a sweep of the region's patterns.)
            String region = UTIL.getRegionCodeForNumber(number);
            PhoneNumberType type = region == null ? PhoneNumberType.UNKNOWN : UTIL.getNumberType(number);
            if (type == PhoneNumberType.UNKNOWN) {
                return new Invalid("is not a valid phone number");
            }
            return new Valid(
                    UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164), region, timezone(number, type));
        } catch (NumberParseException e) {
            return new Invalid("is not a phone number");
        }
    }

    /**
     * The digits (and a leading +) of a number written only with digits, spaces, brackets, dashes
     * and dots, which is how most are: the parser then skips most of its work looking for
     * extensions and letters in the input. Anything else is left for the parser as it is.
     */
    static String plain(String input) {
        StringBuilder digits = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if ((c >= '0' && c <= '9') || (c == '+' && digits.isEmpty())) {
                digits.append(c);
            } else if (c != ' ' && c != '(' && c != ')' && c != '-' && c != '.') {
                return input;
            }
        }
        return digits.toString();
    }

    /**
     * Geographic numbers by their prefix; others (e.g. UK or Indian mobiles) by their country,
     * whose zones are looked up once per country. One zone, or null (see {@link Valid#timezone}).
     */
    private static @Nullable String timezone(PhoneNumber number, PhoneNumberType type) {
        List<String> zones = UTIL.isNumberGeographical(type, number.getCountryCode())
                ? ZONES.getTimeZonesForGeographicalNumber(number)
                : COUNTRY_ZONES.computeIfAbsent(number.getCountryCode(), code -> ZONES.getTimeZonesForNumber(number));
        if (zones.isEmpty() || zones.getFirst().equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone())) {
            return null;
        }
        return SAME_CLOCK.computeIfAbsent(zones, PhoneNumbers::sameClock).orElse(null);
    }

    /** The first zone if every zone listed keeps the same clock (the same rules), else empty. */
    private static Optional<String> sameClock(List<String> zones) {
        try {
            ZoneRules first = ZoneId.of(zones.getFirst()).getRules();
            for (String zone : zones) {
                if (!ZoneId.of(zone).getRules().equals(first)) {
                    return Optional.empty();
                }
            }
            return Optional.of(zones.getFirst());
        } catch (DateTimeException e) {
            return Optional.empty(); // a zone this JDK does not know
        }
    }
}
