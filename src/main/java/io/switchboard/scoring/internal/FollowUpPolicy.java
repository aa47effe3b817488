package io.switchboard.scoring.internal;

import io.switchboard.conversations.Analysis;
import io.switchboard.conversations.Qualification;
import io.switchboard.leads.TaskPriority;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up task an analysed call asks for, if any: none after a do-not-call request or when
 * the analysis requires no follow-up. A hot lead is due within two hours; a call back the customer
 * asked for, at the time they asked for in the lead's time zone ({@link CallbackTime}), or the next
 * working day at 10:00 there when they named none; a warm lead two working days later; anything
 * else (a promise to keep, a voicemail to try again) three working days later.
 */
public final class FollowUpPolicy {

    static final LocalTime MORNING = LocalTime.of(10, 0);
    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 5_000;

    private FollowUpPolicy() {}

    public record FollowUp(String title, String description, TaskPriority priority, Instant dueAt) {}

    public static Optional<FollowUp> of(
            Analysis analysis, String leadName, @Nullable String timezone, String callLink, Instant now) {
        if (!analysis.followUpRequired() || analysis.doNotCallRequested()) {
            return Optional.empty();
        }
        ZoneId zone = zone(timezone);
        String title;
        TaskPriority priority;
        Instant due;
        if (analysis.qualification() == Qualification.HOT) {
            title = "Hot lead: follow up with " + leadName + step(analysis);
            priority = TaskPriority.HIGH;
            due = now.plus(Duration.ofHours(2));
        } else if (analysis.callbackRequested()) {
            title = "Call back " + leadName
                    + (analysis.callbackTime() == null ? "" : " (" + analysis.callbackTime() + ")");
            priority = TaskPriority.NORMAL;
            due = CallbackTime.resolve(analysis.callbackTime(), now.atZone(zone))
                    .map(ZonedDateTime::toInstant)
                    .orElseGet(() -> workingDaysLater(now, zone, 1));
        } else if (analysis.qualification() == Qualification.WARM) {
            title = "Follow up with " + leadName + step(analysis);
            priority = TaskPriority.NORMAL;
            due = workingDaysLater(now, zone, 2);
        } else {
            title = "Follow up with " + leadName + step(analysis);
            priority = TaskPriority.LOW;
            due = workingDaysLater(now, zone, 3);
        }
        return Optional.of(new FollowUp(cut(title, MAX_TITLE), description(analysis, callLink), priority, due));
    }

    /** {@code days} working days after {@code now}'s date in {@code zone}, at 10:00 there. */
    static Instant workingDaysLater(Instant now, ZoneId zone, int days) {
        LocalDate date = now.atZone(zone).toLocalDate();
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date.atTime(MORNING).atZone(zone).toInstant();
    }

    private static String step(Analysis analysis) {
        if (analysis.nextSteps().isEmpty()) {
            return "";
        }
        String first = analysis.nextSteps().getFirst().strip();
        return ": " + (first.endsWith(".") ? first.substring(0, first.length() - 1) : first);
    }

    private static String description(Analysis analysis, String callLink) {
        StringBuilder text = new StringBuilder(analysis.summary().strip());
        if (!analysis.nextSteps().isEmpty()) {
            text.append("\n\nNext steps:");
            analysis.nextSteps().forEach(s -> text.append("\n- ").append(s));
        }
        text.append("\n\nFrom the analysis of the call ").append(callLink);
        return cut(text.toString(), MAX_DESCRIPTION);
    }

    private static ZoneId zone(@Nullable String timezone) {
        if (timezone == null || timezone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timezone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
