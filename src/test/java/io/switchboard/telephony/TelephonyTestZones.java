package io.switchboard.telephony;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Time zones that keep tests independent of the hour they run at. */
public final class TelephonyTestZones {

    private TelephonyTestZones() {}

    /** A lead's zone where it is about noon now: always inside the default calling window. */
    public static String noon() {
        return at(12);
    }

    /** A fixed-offset zone (Etc/GMT±n) where the local hour is now {@code hour}, give or take one. */
    public static String at(int hour) {
        int offset = hour - ZonedDateTime.now(ZoneOffset.UTC).getHour();
        if (offset < -12) {
            offset += 24;
        } else if (offset > 14) {
            offset -= 24;
        }
        // The Etc/GMT names have the sign inverted: Etc/GMT-5 is five hours ahead of UTC.
        return offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset);
    }
}
