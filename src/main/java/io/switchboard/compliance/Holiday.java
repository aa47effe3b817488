package io.switchboard.compliance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A day nobody is called, in the lead's local date.
 *
 * @param country ISO 3166 code: the holiday applies only to numbers of that country; null for all
 */
public record Holiday(HolidayId id, LocalDate date, @Nullable String country, String name) {

    public boolean appliesTo(LocalDate day, @Nullable String phoneCountry) {
        return date.equals(day) && (country == null || country.equals(phoneCountry));
    }
}
