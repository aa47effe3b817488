package io.switchboard.telephony.web;

import io.switchboard.shared.InvalidInput;
import io.switchboard.telephony.AiAgentId;
import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.CallFilter;
import io.switchboard.telephony.CallStatus;
import io.switchboard.telephony.PhoneNumberId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** The console call list's filters beyond status and direction, as the API list spells them. */
record CallListParams(
        @Nullable UUID campaignId,
        @Nullable UUID aiAgentId,
        @Nullable List<UUID> userId,
        @Nullable Instant createdAfter,
        @Nullable Instant createdBefore,
        @Nullable Boolean ended,
        @Nullable Boolean transferred,
        @Nullable UUID phoneNumberId) {

    static CallListParams parse(MultiValueMap<String, String> params) {
        List<String> users = params.get("user_id");
        return new CallListParams(
                one(params, "campaign_id", UUID::fromString),
                one(params, "ai_agent_id", UUID::fromString),
                users == null
                        ? null
                        : users.stream()
                                .map(u -> parsed("user_id", u, UUID::fromString))
                                .toList(),
                one(params, "created_after", Instant::parse),
                one(params, "created_before", Instant::parse),
                one(params, "ended", Boolean::valueOf),
                one(params, "transferred", Boolean::valueOf),
                one(params, "phone_number_id", UUID::fromString));
    }

    CallFilter filter(@Nullable CallStatus status, @Nullable CallDirection direction) {
        return new CallFilter(
                null,
                status,
                campaignId,
                aiAgentId == null ? null : AiAgentId.of(aiAgentId),
                direction,
                userId,
                createdAfter,
                createdBefore,
                ended,
                transferred,
                phoneNumberId == null ? null : PhoneNumberId.of(phoneNumberId));
    }

    /** These filters as a query string to append ("&name=value…", empty without any). */
    String query() {
        var uri = UriComponentsBuilder.newInstance();
        add(uri, "campaign_id", campaignId);
        add(uri, "ai_agent_id", aiAgentId);
        if (userId != null) {
            userId.forEach(u -> uri.queryParam("user_id", u));
        }
        add(uri, "created_after", createdAfter);
        add(uri, "created_before", createdBefore);
        add(uri, "ended", ended);
        add(uri, "transferred", transferred);
        add(uri, "phone_number_id", phoneNumberId);
        String query = uri.build().encode().getQuery();
        return query == null ? "" : "&" + query;
    }

    private static void add(UriComponentsBuilder uri, String name, @Nullable Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    private static <T> @Nullable T one(MultiValueMap<String, String> params, String name, Function<String, T> parse) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : parsed(name, value, parse);
    }

    private static <T> T parsed(String name, String value, Function<String, T> parse) {
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidInput(name, "invalid_" + name, "is not a valid " + name.replace('_', ' '));
        }
    }
}
