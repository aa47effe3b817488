package io.switchboard.scoring.internal;

import io.switchboard.leads.Lead;
import io.switchboard.scoring.internal.ScoreState.AnalysisSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A lead as the win-probability model sees it: categorical features, each a name and a value.
 * The lead's own fields are taken as they were at its last scoring while open (fields filled in
 * with or after the outcome never count); its activity only up to a cut-off (the outcome).
 */
public final class Features {

    static final int MAX_CUSTOM = 20;
    static final int MAX_VALUE = 60;

    private Features() {}

    /** Source, vendor, marketing campaign, country, time zone and custom fields. */
    public static Map<String, String> fields(Lead lead) {
        Map<String, String> features = new TreeMap<>();
        features.put("source", lead.source().toString());
        features.put(
                "vendor", lead.vendorId() == null ? "none" : lead.vendorId().toString());
        features.put(
                "marketing_campaign",
                lead.marketingCampaignId() == null
                        ? "none"
                        : lead.marketingCampaignId().toString());
        features.put("country", lead.phoneRegion() == null ? "unknown" : lead.phoneRegion());
        features.put("timezone", lead.timezone() == null ? "unknown" : lead.timezone());
        int custom = 0;
        for (Map.Entry<String, Object> field : new TreeMap<>(lead.customFields()).entrySet()) {
            String value = custom(field.getValue());
            if (value != null && custom++ < MAX_CUSTOM) {
                features.put("custom." + field.getKey(), value);
            }
        }
        return features;
    }

    /**
     * Call outcomes, attempts, speed to first contact, and the latest analysis, as of {@code cutoff}.
     */
    public static Map<String, String> activity(
            Instant createdAt, List<ActivityEvent> events, @Nullable AnalysisSnapshot analysis, Instant cutoff) {
        Map<String, String> features = new LinkedHashMap<>();
        int attempts = 0;
        boolean answered = false;
        boolean transferred = false;
        Instant firstContact = null;
        for (ActivityEvent e : events) {
            if (!e.at().isBefore(cutoff)) {
                continue;
            }
            if (e.kind().endsCall()) {
                attempts++;
                if (firstContact == null || e.at().isBefore(firstContact)) {
                    firstContact = e.at();
                }
            }
            answered |= e.kind() == Activity.CALL_ANSWERED;
            transferred |= e.kind() == Activity.CALL_TRANSFERRED;
        }
        features.put("attempts", attempts == 0 ? "0" : attempts == 1 ? "1" : attempts <= 3 ? "2-3" : "4+");
        features.put("answered", answered ? "yes" : "no");
        features.put("transferred", transferred ? "yes" : "no");
        features.put("first_contact", speed(createdAt, firstContact));
        if (analysis != null && analysis.conversation() && analysis.analyzedAt().isBefore(cutoff)) {
            features.put("analysis", analysis.qualification());
            features.put("intent", analysis.intent() < 0.4 ? "low" : analysis.intent() < 0.7 ? "medium" : "high");
            features.put("sentiment", analysis.sentimentLabel());
        } else {
            features.put("analysis", "none");
        }
        return features;
    }

    static String speed(Instant createdAt, @Nullable Instant firstContact) {
        if (firstContact == null) {
            return "never";
        }
        Duration after = Duration.between(createdAt, firstContact);
        if (after.compareTo(Duration.ofMinutes(5)) <= 0) {
            return "within 5 minutes";
        }
        if (after.compareTo(Duration.ofHours(1)) <= 0) {
            return "within an hour";
        }
        return after.compareTo(Duration.ofDays(1)) <= 0 ? "within a day" : "after a day";
    }

    /** A custom field's value as a category: numbers by order of magnitude, text lower-cased. */
    static @Nullable String custom(@Nullable Object value) {
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Number n) {
            return magnitude(n.doubleValue());
        }
        if (value instanceof String s && !s.isBlank()) {
            String text = s.strip().toLowerCase(Locale.ROOT);
            return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) : text;
        }
        return null;
    }

    static String magnitude(double value) {
        if (value < 0) {
            return "negative";
        }
        if (value < 10) {
            return "under 10";
        }
        int digits = (int) Math.floor(Math.log10(value));
        return digits >= 6 ? "1M or more" : "from " + pow(digits) + " to " + pow(digits + 1);
    }

    private static String pow(int digits) {
        return switch (digits) {
            case 1 -> "10";
            case 2 -> "100";
            case 3 -> "1k";
            case 4 -> "10k";
            case 5 -> "100k";
            default -> "1M";
        };
    }
}
