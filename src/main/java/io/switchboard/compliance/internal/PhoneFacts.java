package io.switchboard.compliance.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a valid number tells about where its owner is: the country and every time zone the number
 * may be in (the leads module keeps only the first of several; the calling gate wants all of them).
 * Normalizing what people type is {@code leads.PhoneNumbers}' job; this reads numbers already valid.
 */
public final class PhoneFacts {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final PhoneNumberToTimeZonesMapper ZONES = PhoneNumberToTimeZonesMapper.getInstance();

    private PhoneFacts() {}

    /** @param zones empty when the number's zone is unknown */
    public record Facts(String e164, String region, List<ZoneId> zones) {}

    /** Reads an E.164 number, or another form in {@code region}; empty when it is no valid number. */
    public static Optional<Facts> of(String phone, String region) {
        try {
            PhoneNumber number = UTIL.parse(phone, region);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            List<ZoneId> zones = new ArrayList<>(2);
            for (String id : ZONES.getTimeZonesForNumber(number)) {
                if (!id.equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone())) {
                    zone(id).ifPresent(zones::add);
                }
            }
            return Optional.of(new Facts(
                    UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164),
                    UTIL.getRegionCodeForNumber(number),
                    List.copyOf(zones)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    public static Optional<ZoneId> zone(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
