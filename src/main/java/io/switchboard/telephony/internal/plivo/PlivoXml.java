package io.switchboard.telephony.internal.plivo;

import static io.switchboard.telephony.internal.http.Xml.escape;

import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The Plivo XML elements Switchboard answers with. */
final class PlivoXml {

    private PlivoXml() {}

    /**
     * Streams the call's audio both ways to a voice streaming server and keeps the call up while the
     * stream runs. Switchboard's ids travel as the stream's extra headers.
     */
    static String stream(String url, Map<String, String> headers) {
        String extra = headers.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace(",", " "))
                .collect(Collectors.joining(","));
        return "<Stream bidirectional=\"true\" keepCallAlive=\"true\" contentType=\"audio/x-mulaw;rate=8000\""
                + (extra.isEmpty() ? "" : " extraHeaders=\"" + escape(extra) + "\"") + ">" + escape(url)
                + "</Stream>";
    }

    /** Hands the call to a phone number, or to a SIP endpoint ({@code sip:…}). */
    static String dial(String to) {
        String noun = to.startsWith("sip:") ? "User" : "Number";
        return "<Dial><" + noun + ">" + escape(to) + "</" + noun + "></Dial>";
    }

    /** Holds the caller: the message, then the music (or the message) in a loop ({@code loop="0"}). */
    static String hold(String message, @Nullable String musicUrl) {
        return musicUrl == null || musicUrl.isBlank()
                ? "<Speak loop=\"0\">" + escape(message) + "</Speak>"
                : "<Speak>" + escape(message) + "</Speak><Play loop=\"0\">" + escape(musicUrl) + "</Play>";
    }

    static String speakAndHangUp(String text) {
        return "<Speak>" + escape(text) + "</Speak><Hangup/>";
    }
}
