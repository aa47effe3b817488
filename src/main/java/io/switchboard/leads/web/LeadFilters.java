package io.switchboard.leads.web;

import io.switchboard.leads.ImportId;
import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.LeadSort;
import io.switchboard.leads.LeadSource;
import io.switchboard.leads.LeadStatus;
import io.switchboard.leads.PipelineId;
import io.switchboard.leads.StageId;
import io.switchboard.leads.Temperature;
import io.switchboard.shared.Codes;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.UserId;
import io.switchboard.tenancy.ProjectId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The lead list's query parameters as a {@link LeadFilter}. Values may repeat or be
 * comma-separated ({@code status=new,contacted}); an unknown parameter is refused, so that a typo
 * never silently widens an export or a bulk action.
 */
final class LeadFilters {

    static final Set<String> KNOWN = Set.of(
            "status",
            "stage_id",
            "pipeline_id",
            "owner_id",
            "unassigned",
            "source",
            "temperature",
            "score_min",
            "score_max",
            "created_after",
            "created_before",
            "project_id",
            "vendor_id",
            "marketing_campaign_id",
            "import_id",
            "has_phone",
            "q",
            "deleted",
            "limit",
            "cursor",
            "view",
            "sort");

    private LeadFilters() {}

    static LeadFilter parse(MultiValueMap<String, String> params) {
        Map<String, String> custom = custom(params);
        return new LeadFilter(
                list(params, "status", v -> Codes.parse(LeadStatus.class, v)),
                list(params, "stage_id", v -> StageId.of(uuid("stage_id", v))),
                one(params, "pipeline_id", v -> PipelineId.of(uuid("pipeline_id", v))),
                list(params, "owner_id", v -> UserId.of(uuid("owner_id", v))),
                one(params, "unassigned", v -> bool("unassigned", v)),
                list(params, "source", v -> Codes.parse(LeadSource.class, v)),
                list(params, "temperature", v -> Codes.parse(Temperature.class, v)),
                one(params, "score_min", v -> integer("score_min", v)),
                one(params, "score_max", v -> integer("score_max", v)),
                one(params, "created_after", v -> instant("created_after", v)),
                one(params, "created_before", v -> instant("created_before", v)),
                one(params, "project_id", v -> ProjectId.of(uuid("project_id", v))),
                one(params, "vendor_id", v -> uuid("vendor_id", v)),
                one(params, "import_id", v -> ImportId.of(uuid("import_id", v))),
                one(params, "has_phone", v -> bool("has_phone", v)),
                custom.isEmpty() ? null : custom,
                q(params.getFirst("q")),
                one(params, "deleted", v -> bool("deleted", v)),
                one(params, "marketing_campaign_id", v -> uuid("marketing_campaign_id", v)));
    }

    /** The {@code custom.<key>=<value>} parameters; any other unknown parameter is refused. */
    private static Map<String, String> custom(MultiValueMap<String, String> params) {
        Map<String, String> custom = new LinkedHashMap<>();
        for (String name : params.keySet()) {
            if (name.startsWith("custom.")) {
                String key = name.substring("custom.".length());
                String value = params.getFirst(name);
                if (key.length() > LeadFilter.MAX_CUSTOM_KEY) {
                    throw new InvalidInput(
                            "custom",
                            "validation_failed",
                            "a field key is at most " + LeadFilter.MAX_CUSTOM_KEY + " characters");
                }
                if (value != null && value.length() > LeadFilter.MAX_CUSTOM_VALUE) {
                    throw tooLong(name, LeadFilter.MAX_CUSTOM_VALUE);
                }
                custom.put(key, value);
            } else if (!KNOWN.contains(name)) {
                throw new InvalidInput(name, "unknown_parameter", "is not a lead filter");
            }
        }
        if (custom.size() > LeadFilter.MAX_VALUES) {
            throw tooMany("custom", LeadFilter.MAX_VALUES);
        }
        return custom;
    }

    /** {@code sort=newest|score_desc|score_asc} (newest when absent). */
    static LeadSort sort(MultiValueMap<String, String> params) {
        LeadSort sort = one(params, "sort", LeadSort::fromCode);
        return sort == null ? LeadSort.NEWEST : sort;
    }

    private static <T> @Nullable List<T> list(
            MultiValueMap<String, String> params, String name, Function<String, T> parse) {
        List<String> raw = params.get(name);
        if (raw == null) {
            return null;
        }
        List<T> values = new ArrayList<>();
        for (String value : raw) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(parsed(name, part.strip(), parse));
                }
                if (values.size() > LeadFilter.MAX_VALUES) {
                    throw tooMany(name, LeadFilter.MAX_VALUES);
                }
            }
        }
        return values.isEmpty() ? null : values;
    }

    private static @Nullable String q(@Nullable String q) {
        if (q != null && q.length() > LeadFilter.MAX_Q) {
            throw tooLong("q", LeadFilter.MAX_Q);
        }
        return q;
    }

    // The answer Bean Validation gives for the same limits in a request body.
    private static InvalidInput tooMany(String name, int max) {
        return new InvalidInput(name, "validation_failed", "must hold at most " + max + " values");
    }

    private static InvalidInput tooLong(String name, int max) {
        return new InvalidInput(name, "validation_failed", "must be at most " + max + " characters");
    }

    private static <T> @Nullable T one(MultiValueMap<String, String> params, String name, Function<String, T> parse) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : parsed(name, value.strip(), parse);
    }

    private static <T> T parsed(String name, String value, Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name, "invalid_parameter", e.getMessage());
        }
    }

    private static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name, "invalid_parameter", "must be a UUID");
        }
    }

    private static boolean bool(String name, String value) {
        if (!Arrays.asList("true", "false").contains(value)) {
            throw new InvalidInput(name, "invalid_parameter", "must be true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "invalid_parameter", "must be a whole number");
        }
    }

    /** An ISO instant, or a date (midnight UTC). */
    private static Instant instant(String name, String value) {
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "invalid_parameter", "must be an ISO date or instant such as 2026-01-31");
        }
    }
}
