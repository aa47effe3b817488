package io.switchboard.messaging.internal;

import io.switchboard.leads.Temperature;
import io.switchboard.messaging.AlertEvent;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.Labels;
import org.jspecify.annotations.Nullable;

/**
 * The words of an alert: who (the lead's name), what happened and why (the score and the reason
 * scoring gave, or the reply itself), and a link to the lead's page. Slack gets its mrkdwn (a bold
 * name, a titled link; &amp;, &lt; and &gt; escaped as Slack asks); e-mail plain text with the URL.
 */
public final class AlertText {

    static final int MAX_EXCERPT = 300;

    private AlertText() {}

    /** What the alert is about. */
    public record Facts(
            AlertEvent event,
            String leadName,
            int score,
            Temperature temperature,
            @Nullable Temperature previous,
            @Nullable String why,
            @Nullable Channel replyChannel,
            String leadUrl) {}

    public record Text(String subject, String body) {}

    public static Text of(Facts facts, Channel channel) {
        boolean slack = channel == Channel.SLACK;
        String name = slack ? "*" + escape(facts.leadName()) + "*" : facts.leadName();
        String link = slack ? "<" + facts.leadUrl() + "|Open the lead>" : "Open the lead: " + facts.leadUrl();
        String why = facts.why() == null || facts.why().isBlank() ? null : excerpt(facts.why());
        return switch (facts.event()) {
            case LEAD_HOT ->
                new Text(
                        "Hot lead: " + facts.leadName() + " (score " + facts.score() + ")",
                        "Hot lead: " + name + " turned hot"
                                + (facts.previous() == null ? "" : " (was " + facts.previous() + ")")
                                + ", score " + facts.score() + "."
                                + (why == null ? "" : "\nWhy: " + (slack ? escape(why) : why))
                                + "\n" + link);
            case LEAD_REPLIED -> {
                String by = facts.replyChannel() == null ? "a message" : Labels.of(facts.replyChannel());
                yield new Text(
                        "Reply from " + facts.leadName() + " (" + by + ")",
                        name + " replied by " + by + " (score " + facts.score() + ", " + facts.temperature() + ")"
                                + (why == null ? "." : ":\n> " + (slack ? escape(why) : why).replace("\n", "\n> "))
                                + "\n" + link);
            }
        };
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String excerpt(String text) {
        String clean = text.strip();
        return clean.length() <= MAX_EXCERPT ? clean : clean.substring(0, MAX_EXCERPT - 1) + "…";
    }
}
