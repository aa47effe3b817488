package io.switchboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SendPolicyTest {

    /** 15:00 in New York. */
    static final Instant AFTERNOON = Instant.parse("2026-03-10T19:00:00Z");

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static SendPolicy.Facts facts(
            Channel channel,
            boolean optedOut,
            boolean dnc,
            boolean consent,
            @Nullable Approval template,
            @Nullable Instant lastInbound,
            Instant at) {
        return new SendPolicy.Facts(channel, optedOut, dnc, consent, template, lastInbound, NEW_YORK, 480, 1260, at);
    }

    @Test
    void aConsentedLeadInsideTheWindowGetsTheMessage() {
        assertThat(SendPolicy.check(facts(Channel.SMS, false, false, true, null, null, AFTERNOON)))
                .isEmpty();
    }

    @Test
    void eachRuleRefusesWithItsCode() {
        assertThat(SendPolicy.check(facts(Channel.SMS, true, false, true, null, null, AFTERNOON)))
                .contains(Refusal.OPTED_OUT);
        assertThat(SendPolicy.check(facts(Channel.SMS, false, true, true, null, null, AFTERNOON)))
                .contains(Refusal.DO_NOT_CONTACT);
        assertThat(SendPolicy.check(facts(Channel.EMAIL, false, false, false, null, null, AFTERNOON)))
                .contains(Refusal.NO_CONSENT);
        assertThat(SendPolicy.check(facts(Channel.WHATSAPP, false, false, true, Approval.PENDING, null, AFTERNOON)))
                .contains(Refusal.TEMPLATE_NOT_APPROVED);
        assertThat(SendPolicy.check(facts(Channel.WHATSAPP, false, false, true, null, null, AFTERNOON)))
                .contains(Refusal.OUTSIDE_WHATSAPP_WINDOW);
        // 23:00 in New York
        assertThat(SendPolicy.check(
                        facts(Channel.SMS, false, false, true, null, null, AFTERNOON.plus(Duration.ofHours(8)))))
                .contains(Refusal.QUIET_HOURS);
    }

    @Test
    void freeFormWhatsAppIsAllowedForTwentyFourHoursAfterTheLeadWrote() {
        Instant wrote = AFTERNOON.minus(Duration.ofHours(23));
        assertThat(SendPolicy.check(facts(Channel.WHATSAPP, false, false, true, null, wrote, AFTERNOON)))
                .isEmpty();
        assertThat(SendPolicy.check(facts(
                        Channel.WHATSAPP, false, false, true, null, AFTERNOON.minus(Duration.ofHours(25)), AFTERNOON)))
                .contains(Refusal.OUTSIDE_WHATSAPP_WINDOW);
        assertThat(SendPolicy.check(facts(Channel.WHATSAPP, false, false, true, Approval.APPROVED, null, AFTERNOON)))
                .isEmpty();
    }

    @Test
    void quietHoursFollowTheLeadsTimeZone() {
        // 19:00 UTC is 15:00 in New York but 04:00 in Tokyo
        var tokyo = new SendPolicy.Facts(
                Channel.SMS, false, false, true, null, null, ZoneId.of("Asia/Tokyo"), 480, 1260, AFTERNOON);
        assertThat(SendPolicy.check(tokyo)).contains(Refusal.QUIET_HOURS);
    }

    @Test
    void theWindowOpensNextAtItsStartInTheLeadsZone() {
        // 15:00 in New York, window 08:00–21:00: open now
        assertThat(SendPolicy.windowOpens(NEW_YORK, 480, 1260, AFTERNOON)).isEqualTo(AFTERNOON);
        // 23:00 in New York: tomorrow 08:00 there (13:00 UTC)
        assertThat(SendPolicy.windowOpens(NEW_YORK, 480, 1260, AFTERNOON.plus(Duration.ofHours(8))))
                .isEqualTo(Instant.parse("2026-03-11T12:00:00Z"));
        // 04:00 in Tokyo: 08:00 the same day there
        assertThat(SendPolicy.windowOpens(ZoneId.of("Asia/Tokyo"), 480, 1260, AFTERNOON))
                .isEqualTo(Instant.parse("2026-03-10T23:00:00Z"));
    }

    @Test
    void slackAlertsGoToTheTeamAndPassEveryRule() {
        assertThat(SendPolicy.check(facts(Channel.SLACK, true, true, false, null, null, AFTERNOON.plusSeconds(28_800))))
                .isEmpty();
    }
}
