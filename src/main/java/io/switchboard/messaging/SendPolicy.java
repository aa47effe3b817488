package io.switchboard.messaging;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Whether a message may leave, decided before it is stored: each rule a small function of the
 * facts, checked in order, the first refusal wins. Slack alerts go to the team, not the lead, and
 * pass every rule.
 */
public final class SendPolicy {

    /** WhatsApp's customer-care window: free-form messages only this long after the lead wrote. */
    public static final Duration WHATSAPP_WINDOW = Duration.ofHours(24);

    /**
     * What the rules look at.
     *
     * @param template the template's approval, null for a free-form body
     * @param lastInboundAt when the lead last wrote on this channel
     * @param windowStart minutes into the lead's local day when messages may start
     * @param windowEnd minutes into the lead's local day when they stop (1440: midnight)
     */
    public record Facts(
            Channel channel,
            boolean optedOut,
            boolean doNotContact,
            boolean consent,
            @Nullable Approval template,
            @Nullable Instant lastInboundAt,
            ZoneId leadZone,
            int windowStart,
            int windowEnd,
            Instant at) {}

    private static final List<Function<Facts, Optional<Refusal>>> RULES = List.of(
            f -> when(f.optedOut(), Refusal.OPTED_OUT),
            f -> when(f.doNotContact(), Refusal.DO_NOT_CONTACT),
            f -> when(!f.consent(), Refusal.NO_CONSENT),
            f -> when(f.template() != null && f.template() != Approval.APPROVED, Refusal.TEMPLATE_NOT_APPROVED),
            f -> when(
                    f.channel() == Channel.WHATSAPP && f.template() == null && !insideWhatsAppWindow(f),
                    Refusal.OUTSIDE_WHATSAPP_WINDOW),
            f -> when(!insideWindow(f), Refusal.QUIET_HOURS));

    private SendPolicy() {}

    public static Optional<Refusal> check(Facts facts) {
        if (!facts.channel().reachesLead()) {
            return Optional.empty();
        }
        for (Function<Facts, Optional<Refusal>> rule : RULES) {
            Optional<Refusal> refusal = rule.apply(facts);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private static boolean insideWhatsAppWindow(Facts f) {
        return f.lastInboundAt() != null
                && !f.lastInboundAt().plus(WHATSAPP_WINDOW).isBefore(f.at());
    }

    /**
     * When the messaging window (minutes {@code windowStart} to {@code windowEnd} of the local day in
     * {@code zone}) is next open from {@code at} on: {@code at} itself when it is open.
     */
    public static Instant windowOpens(ZoneId zone, int windowStart, int windowEnd, Instant at) {
        ZonedDateTime local = at.atZone(zone);
        int minute = local.getHour() * 60 + local.getMinute();
        if (minute >= windowStart && minute < windowEnd) {
            return at;
        }
        ZonedDateTime opens = local.toLocalDate().atStartOfDay(zone).plusMinutes(windowStart);
        return (minute < windowStart ? opens : opens.plusDays(1)).toInstant();
    }

    private static boolean insideWindow(Facts f) {
        ZonedDateTime local = f.at().atZone(f.leadZone());
        int minute = local.getHour() * 60 + local.getMinute();
        return minute >= f.windowStart() && minute < f.windowEnd();
    }

    private static Optional<Refusal> when(boolean refused, Refusal refusal) {
        return refused ? Optional.of(refusal) : Optional.empty();
    }
}
