package io.switchboard.analytics;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The organization's figures (or one team's or campaign's) over a range: totals, one point per day
 * and the drill links that list exactly the records each figure counts.
 *
 * @param timezone the IANA zone the days are in (the organization's)
 * @param currency the ISO 4217 currency of the amounts (the organization's)
 * @param drill per figure name, an API list of the records it counts
 */
public record Overview(
        LocalDate from,
        LocalDate to,
        String timezone,
        Figures totals,
        List<Point> series,
        Map<String, String> drill,
        String currency) {

    /** One day's figures, {@code date} in the organization's time zone. */
    public record Point(LocalDate date, @JsonUnwrapped Figures figures) {}
}
