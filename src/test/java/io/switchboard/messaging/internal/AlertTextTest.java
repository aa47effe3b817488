package io.switchboard.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.leads.Temperature;
import io.switchboard.messaging.AlertEvent;
import io.switchboard.messaging.Channel;
import org.junit.jupiter.api.Test;

class AlertTextTest {

    static final String URL = "https://sb.example/leads/0190";

    @Test
    void aHotLeadOnSlackIsBoldWithItsReasonEscapedAndATitledLink() {
        var text = AlertText.of(
                new AlertText.Facts(
                        AlertEvent.LEAD_HOT,
                        "Dana <Whit> & Co",
                        82,
                        Temperature.HOT,
                        Temperature.WARM,
                        "Analysis of a call: qualified, 80 points",
                        null,
                        URL),
                Channel.SLACK);
        assertThat(text.subject()).isEqualTo("Hot lead: Dana <Whit> & Co (score 82)");
        assertThat(text.body())
                .isEqualTo("Hot lead: *Dana &lt;Whit&gt; &amp; Co* turned hot (was warm), score 82.\n"
                        + "Why: Analysis of a call: qualified, 80 points\n"
                        + "<" + URL + "|Open the lead>");
    }

    @Test
    void aReplyByEmailQuotesTheReplyInPlainTextWithTheUrl() {
        var text = AlertText.of(
                new AlertText.Facts(
                        AlertEvent.LEAD_REPLIED, "Rory", 40, Temperature.WARM, null, "Yes\nFriday", Channel.SMS, URL),
                Channel.EMAIL);
        assertThat(text.subject()).isEqualTo("Reply from Rory (SMS)");
        assertThat(text.body())
                .isEqualTo("Rory replied by SMS (score 40, warm):\n> Yes\n> Friday\nOpen the lead: " + URL);
    }

    @Test
    void aLongReasonIsCutAndAMissingOneLeftOut() {
        var facts = new AlertText.Facts(
                AlertEvent.LEAD_HOT, "Ann", 90, Temperature.HOT, Temperature.COLD, "x".repeat(400), null, URL);
        assertThat(AlertText.of(facts, Channel.EMAIL).body()).contains("x".repeat(299) + "…\n");
        var none = new AlertText.Facts(AlertEvent.LEAD_HOT, "Ann", 90, Temperature.HOT, null, " ", null, URL);
        assertThat(AlertText.of(none, Channel.EMAIL).body())
                .isEqualTo("Hot lead: Ann turned hot, score 90.\nOpen the lead: " + URL);
    }
}
