package io.switchboard.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a range per team, person, AI agent, campaign, lead source or vendor, most calls
 * first.
 *
 * @param rows one per key with any figure in the range
 * @param currency the ISO 4217 currency of the amounts (the organization's)
 */
public record Breakdown(
        LocalDate from, LocalDate to, String timezone, Dimension dimension, List<Row> rows, String currency) {

    /**
     * @param key the id (or, for sources, the source code)
     * @param name what people call it (null when the record is gone)
     * @param drill per figure name, an API list of exactly the records it counts
     */
    public record Row(String key, @Nullable String name, Figures figures, Map<String, String> drill) {}
}
