package io.switchboard.tenancy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void thePickerShowsNamesWithTheirCodeSortedByName() {
        assertThat(Countries.ALL).contains(new Countries.Country("DE", "Germany"));
        assertThat(Countries.ALL.stream().map(Countries.Country::label)).contains("Germany (DE)", "United States (US)");
        assertThat(Countries.ALL).isSortedAccordingTo(Comparator.comparing(Countries.Country::name));
        assertThat(Countries.ALL.getFirst().name()).isEqualTo("Afghanistan");
    }
}
