package io.switchboard.routing.web;

import io.switchboard.routing.Queue;
import io.switchboard.routing.QueueSettings;
import io.switchboard.routing.SkillLevel;
import io.switchboard.routing.Strategy;
import io.switchboard.shared.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * A queue's settings as its console form shows them: what was stored, or what was typed when it was
 * refused (with the refusal next to its field). Skills are typed as "spanish 4, german 3"; hours as
 * days ticked, a start and an end (both blank: always open) and a time zone.
 */
record QueueForm(
        String name,
        String teamId,
        String strategy,
        String requiredSkills,
        String reservationTimeoutSeconds,
        String wrapUpSeconds,
        String slaSeconds,
        List<String> days,
        String start,
        String end,
        String timeZone,
        String overflowQueueId,
        String overflowAfterSeconds,
        Map<String, String> errors) {

    static final List<String> EVERY_DAY =
            List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    static QueueForm of(Queue q) {
        Map<String, Object> hours = q.businessHours();
        return new QueueForm(
                q.name(),
                q.teamId() == null ? "" : q.teamId().toString(),
                q.strategy().toString(),
                q.requiredSkills().stream()
                        .map(s -> s.skill() + " " + s.level())
                        .collect(Collectors.joining(", ")),
                String.valueOf(q.reservationTimeoutSeconds()),
                String.valueOf(q.wrapUpSeconds()),
                String.valueOf(q.slaSeconds()),
                hours == null ? EVERY_DAY : days(hours.get("days")),
                hours == null ? "" : String.valueOf(hours.get("start")),
                hours == null ? "" : String.valueOf(hours.get("end")),
                hours == null ? "" : String.valueOf(hours.get("time_zone")),
                q.overflowQueueId() == null ? "" : q.overflowQueueId().toString(),
                String.valueOf(q.overflowAfterSeconds()),
                Map.of());
    }

    static QueueForm refused(MultiValueMap<String, String> form, InvalidInput problem) {
        String field = problem.fieldProblems().isEmpty()
                ? "form"
                : problem.fieldProblems().getFirst().field();
        String message = problem.fieldProblems().isEmpty()
                ? problem.getMessage()
                : problem.fieldProblems().getFirst().message();
        // The hours' fields are one group on the form: a refusal of any of them shows there.
        boolean hours = field.startsWith("business_hours.");
        String shown = hours ? "business_hours" : field;
        String said = hours ? field.substring("business_hours.".length()) + ": " + message : message;
        return new QueueForm(
                value(form, "name"),
                value(form, "team_id"),
                value(form, "strategy"),
                value(form, "required_skills"),
                value(form, "reservation_timeout_seconds"),
                value(form, "wrap_up_seconds"),
                value(form, "sla_seconds"),
                form.getOrDefault("days", List.of()),
                value(form, "start"),
                value(form, "end"),
                value(form, "time_zone"),
                value(form, "overflow_queue_id"),
                value(form, "overflow_after_seconds"),
                Map.of(shown, said));
    }

    /**
     * The settings the form asks for; what the form does not show (the callback mark, the numbers
     * bound to the queue) stays as it is.
     */
    static QueueSettings settings(MultiValueMap<String, String> form, @Nullable Queue current) {
        return new QueueSettings(
                value(form, "name"),
                uuid(form, "team_id"),
                strategy(value(form, "strategy")),
                skills(value(form, "required_skills")),
                integer(form, "reservation_timeout_seconds"),
                integer(form, "wrap_up_seconds"),
                integer(form, "sla_seconds"),
                hours(form),
                uuid(form, "overflow_queue_id"),
                integer(form, "overflow_after_seconds"),
                current == null ? null : current.takesCallbacks(),
                current == null ? null : current.phoneNumberIds());
    }

    private static @Nullable Map<String, Object> hours(MultiValueMap<String, String> form) {
        String start = value(form, "start");
        String end = value(form, "end");
        if (start.isBlank() && end.isBlank()) {
            return null;
        }
        Map<String, Object> hours = new LinkedHashMap<>();
        hours.put("days", form.getOrDefault("days", List.of()));
        hours.put("start", start.isBlank() ? null : start);
        hours.put("end", end.isBlank() ? null : end);
        String zone = value(form, "time_zone");
        if (!zone.isBlank()) {
            hours.put("time_zone", zone);
        }
        return hours;
    }

    /** "spanish 4, german 3": each a skill name and a level from 1 to 5. */
    static List<SkillLevel> skills(String typed) {
        List<SkillLevel> skills = new ArrayList<>();
        for (String part : typed.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] words = part.strip().split("\\s+");
            if (words.length != 2 || !words[0].matches(SkillLevel.NAME) || !words[1].matches("[1-5]")) {
                throw new InvalidInput(
                        "required_skills",
                        "invalid_skill",
                        "'" + part.strip() + "': write a skill and a level from 1 to 5, such as spanish 4");
            }
            skills.add(new SkillLevel(words[0], Integer.parseInt(words[1])));
        }
        return skills;
    }

    private static @Nullable Strategy strategy(String code) {
        if (code.isBlank()) {
            return null;
        }
        try {
            return Strategy.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("strategy", "invalid_type", "choose one of the strategies listed");
        }
    }

    private static @Nullable Integer integer(MultiValueMap<String, String> form, String name) {
        String typed = value(form, name);
        if (typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "invalid_number", "must be a whole number of seconds");
        }
    }

    private static @Nullable UUID uuid(MultiValueMap<String, String> form, String name) {
        String typed = value(form, name);
        if (typed.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(typed.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name, "invalid_reference", "choose one from the list");
        }
    }

    private static List<String> days(@Nullable Object stored) {
        return stored instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : EVERY_DAY;
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v;
    }
}
