package io.switchboard.leads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void nationalAndInternationalFormatsBecomeE164WithRegionAndZone() {
        assertThat(PhoneNumbers.normalize("(512) 555-0142", "US"))
                .isEqualTo(new PhoneNumbers.Valid("+15125550142", "US", "America/Chicago"));
        assertThat(PhoneNumbers.normalize("+44 20 7946 0958", "US"))
                .isEqualTo(new PhoneNumbers.Valid("+442079460958", "GB", "Europe/London"));
        assertThat(PhoneNumbers.normalize("0044 20 7946 0958", "US"))
                .isEqualTo(new PhoneNumbers.Valid("+442079460958", "GB", "Europe/London"));
        assertThat(PhoneNumbers.normalize("098765 43210", "IN"))
                .isEqualTo(new PhoneNumbers.Valid("+919876543210", "IN", "Asia/Calcutta"));
        assertThat(PhoneNumbers.normalize("212.555.0199", "US")).isInstanceOf(PhoneNumbers.Valid.class);
    }

    @Test
    void extensionsLettersAndOtherWritingsStillGoThroughTheFullParser() {
        assertThat(PhoneNumbers.plain("+1 (512) 555-0142")).isEqualTo("+15125550142");
        assertThat(PhoneNumbers.plain("+1 512 555 0142 ext. 12")).isEqualTo("+1 512 555 0142 ext. 12");
        assertThat(PhoneNumbers.normalize("+1 (512) 555-0142 ext. 12", "US"))
                .isEqualTo(new PhoneNumbers.Valid("+15125550142", "US", "America/Chicago"));
        assertThat(PhoneNumbers.normalize("1-800-FLOWERS", "US"))
                .isInstanceOfSatisfying(
                        PhoneNumbers.Valid.class, v -> assertThat(v.e164()).isEqualTo("+18003569377"));
        assertThat(PhoneNumbers.normalize("+44 (0) 20 7946 0958", "US"))
                .isEqualTo(new PhoneNumbers.Valid("+442079460958", "GB", "Europe/London"));
        assertThat(PhoneNumbers.normalize("+61 2 9374 4000", "US"))
                .isEqualTo(new PhoneNumbers.Valid("+61293744000", "AU", "Australia/Sydney"));
        assertThat(PhoneNumbers.normalize("+91-98765-43210", "US"))
                .isEqualTo(new PhoneNumbers.Valid("+919876543210", "IN", "Asia/Calcutta"));
        assertThat(PhoneNumbers.plain("1+512 555 0142")).isEqualTo("1+512 555 0142");
    }

    @Test
    void aNumberRingingInZonesWithDifferentClocksHasNoSingleZone() {
        // Otherwise the calling window would be checked in Adelaide for a mobile that may be in Perth.
        assertThat(PhoneNumbers.normalize("+61 412 345 678", "US"))
                .isEqualTo(new PhoneNumbers.Valid("+61412345678", "AU", null));
        assertThat(PhoneNumbers.normalize("+1 800 555 0199", "US"))
                .isEqualTo(new PhoneNumbers.Valid("+18005550199", "US", null));
        assertThat(PhoneNumbers.normalize("+1 605 555 0142", "US"))
                .isEqualTo(new PhoneNumbers.Valid("+16055550142", "US", null));
        // Zones that keep one clock are one zone.
        assertThat(PhoneNumbers.normalize("+44 7911 123456", "US"))
                .isInstanceOfSatisfying(
                        PhoneNumbers.Valid.class, v -> assertThat(v.timezone()).isNotNull());
    }

    @Test
    void rubbishIsInvalid() {
        assertThat(PhoneNumbers.normalize("", "US")).isInstanceOf(PhoneNumbers.Invalid.class);
        assertThat(PhoneNumbers.normalize("call me maybe", "US")).isInstanceOf(PhoneNumbers.Invalid.class);
        assertThat(PhoneNumbers.normalize("123", "US")).isInstanceOf(PhoneNumbers.Invalid.class);
        assertThat(PhoneNumbers.normalize("+1 555 000 0000", "US")).isInstanceOf(PhoneNumbers.Invalid.class);
        assertThat(PhoneNumbers.normalize("+44 7700 900123", "US")).isInstanceOf(PhoneNumbers.Invalid.class);
        assertThat(PhoneNumbers.normalize("( ) -", "US")).isInstanceOf(PhoneNumbers.Invalid.class);
    }
}
