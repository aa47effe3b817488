package io.switchboard.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The time zones a person picks from: IANA region ids ("America/Los_Angeles"), each with a readable
 * label and its offset today, instead of a free-text box. Legacy aliases ("US/Pacific", "Etc/GMT+5",
 * "SystemV/…") are left out; they stay accepted where an API takes a zone.
 */
public final class TimeZones {

    private static final List<String> REGIONS = List.of(
            "Africa",
            "America",
            "Antarctica",
            "Arctic",
            "Asia",
            "Atlantic",
            "Australia",
            "Europe",
            "Indian",
            "Pacific");

    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private TimeZones() {}

    /** One choice: the id to send and what a person reads ("America / Los Angeles · UTC−08:00 · PST"). */
    public record Choice(String id, String label) {}

    /**
     * @param keep a zone already stored (a legacy alias such as "US/Pacific", set through the API),
     *     offered too, so that saving a form does not silently move it to the list's first zone
     */
    public static List<Choice> choices(Instant now, @Nullable String keep) {
        List<Choice> choices = choices(now);
        if (keep == null || choices.stream().anyMatch(c -> c.id().equals(keep))) {
            return choices;
        }
        try {
            return Stream.concat(Stream.of(new Choice(keep, label(ZoneId.of(keep), now))), choices.stream())
                    .toList();
        } catch (DateTimeException e) {
            return choices;
        }
    }

    public static List<Choice> choices(Instant now) {
        return Stream.concat(
                        Stream.of("UTC"),
                        ZoneId.getAvailableZoneIds().stream()
                                .filter(id -> REGIONS.contains(id.substring(0, Math.max(0, id.indexOf('/'))))))
                .sorted(Comparator.naturalOrder())
                .map(id -> new Choice(id, label(ZoneId.of(id), now)))
                .toList();
    }

    static String label(ZoneId zone, Instant now) {
        ZoneOffset offset = zone.getRules().getOffset(now);
        String place = zone.getId().replace('_', ' ').replace("/", " / ");
        String utc =
                offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId().replace('-', '−');
        String name = ABBREVIATION.format(now.atZone(zone));
        return name.chars().allMatch(Character::isLetter) && !name.equals("UTC") && !name.equals("GMT")
                ? place + " · " + utc + " · " + name
                : place + " · " + utc;
    }
}
