package io.switchboard.telephony.internal.twilio;

import static io.switchboard.telephony.internal.http.Xml.escape;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The TwiML verbs Switchboard answers with. */
final class Twiml {

    private Twiml() {}

    /** Connects the call's audio to a voice streaming server (bidirectional media stream). */
    static String stream(String url, Map<String, String> parameters) {
        StringBuilder twiml =
                new StringBuilder("<Connect><Stream url=\"").append(escape(url)).append("\">");
        parameters.forEach((name, value) -> twiml.append("<Parameter name=\"")
                .append(escape(name))
                .append("\" value=\"")
                .append(escape(value))
                .append("\"/>"));
        return twiml.append("</Stream></Connect>").toString();
    }

    /** Hands the call to a phone number, or to a SIP address ({@code sip:…}). */
    static String dial(String to, @Nullable String callerId) {
        String noun = to.startsWith("sip:") ? "Sip" : "Number";
        return "<Dial" + (callerId == null ? "" : " callerId=\"" + escape(callerId) + "\"") + "><" + noun + ">"
                + escape(to) + "</" + noun + "></Dial>";
    }

    /**
     * Holds the caller: the message once, then the music, or the message again, in a loop until the
     * call is updated or hung up ({@code loop="0"}).
     */
    static String hold(String message, @Nullable String musicUrl) {
        return musicUrl == null || musicUrl.isBlank()
                ? "<Say loop=\"0\">" + escape(message) + "</Say>"
                : "<Say>" + escape(message) + "</Say><Play loop=\"0\">" + escape(musicUrl) + "</Play>";
    }

    static String sayAndHangUp(String text) {
        return "<Say>" + escape(text) + "</Say><Hangup/>";
    }

    static String document(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>" + body + "</Response>";
    }
}
