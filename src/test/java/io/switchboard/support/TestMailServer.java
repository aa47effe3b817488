package io.switchboard.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) for the whole test JVM, on a free port. Every application context
 * of the run sends its mail here.
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {}

    public static synchronized GreenMail ensure() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            System.setProperty("switchboard.mail.smtp.host", "127.0.0.1");
            System.setProperty(
                    "switchboard.mail.smtp.port",
                    Integer.toString(server.getSmtp().getPort()));
            System.setProperty("switchboard.mail.smtp.starttls", "false");
        }
        return server;
    }

    /**
     * Takes the server away (connections are refused) until {@link #restart()}: an outage of the
     * platform's SMTP server. Mail received so far is forgotten.
     */
    public static synchronized void stop() {
        ensure().stop();
    }

    /** The server back on its port after {@link #stop()}. */
    public static synchronized void restart() {
        int port = Integer.parseInt(System.getProperty("switchboard.mail.smtp.port"));
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** The mails received for one address so far. */
    public static List<Message> to(String address) {
        return Arrays.stream(ensure().getReceivedMessages())
                .filter(m -> recipients(m).contains(address.toLowerCase()))
                .map(m -> (Message) m)
                .toList();
    }

    /** Waits (bounded) for a mail to the address whose subject contains the text; returns its body. */
    public static String awaitBody(String address, String subject) {
        Message mail = await().alias("a mail '" + subject + "' to " + address)
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> to(address).stream()
                                .filter(m -> subject(m).contains(subject))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    }

    private static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first token with this prefix in the mail's link ({@code pr_}, {@code ev_}, {@code inv_}). */
    public static String awaitToken(String address, String subject, String prefix) {
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "[A-Za-z0-9_-]{64}").matcher(awaitBody(address, subject));
        if (!m.find()) {
            throw new AssertionError("no " + prefix + " token in the mail to " + address);
        }
        return m.group();
    }

    private static String recipients(Message message) {
        try {
            return Arrays.toString(message.getAllRecipients()).toLowerCase();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
