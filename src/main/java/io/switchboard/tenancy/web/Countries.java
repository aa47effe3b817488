package io.switchboard.tenancy.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The country picker's choices: each ISO code with its English name, sorted by name. */
final class Countries {

    public record Country(String code, String name) {

        /** "Germany (DE)": people look for the name, the code tells close names apart. */
        public String label() {
            return name + " (" + code + ")";
        }
    }

    static final List<Country> ALL = Arrays.stream(Locale.getISOCountries())
            .map(code -> new Country(code, Locale.of("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(Comparator.comparing(Country::name).thenComparing(Country::code))
            .toList();

    private Countries() {}
}
