package io.switchboard.messaging;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.TestMailServer;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** E-mail through an organization's SMTP server: GreenMail receives it; a server that refuses the recipient fails it. */
class SmtpMessagingIT extends MessagingTest {

    @Test
    void aTemplatedEmailReachesTheSmtpServerWithItsFromToAndSubject() throws Exception {
        Tenant tenant = organization();
        TestMailServer.ensure().setUser("acme@acme.example", "acme", "smtp-secret-password");
        JsonNode account = provider(
                tenant,
                "email",
                "smtp",
                Map.of(
                        "host", "127.0.0.1",
                        "port", TestMailServer.ensure().getSmtp().getPort(),
                        "from", "Acme Realty <hello@acme.example>",
                        "username", "acme",
                        "starttls", false),
                Map.of("password", "smtp-secret-password"));
        assertThat(account.toString()).doesNotContain("smtp-secret-password");
        assertThat(account.path("secrets_set").asBoolean()).isTrue();
        String name = "Dana Mail" + UUID.randomUUID().toString().substring(0, 6);
        String lead = lead(tenant, name, "51");
        String email = name.toLowerCase().replace(' ', '.') + "@example.com";
        consent(tenant, lead, "email");
        var template = api.post(
                "/api/v1/messaging/templates",
                body(
                        "name", "Viewing mail",
                        "channel", "email",
                        "language", "en",
                        "subject", "Viewing for {{first_name}}",
                        "body", "Hi {{first_name}}, see you on Saturday."),
                tenant.token());
        assertThat(template.status()).as(template.toString()).isEqualTo(201);

        var sent = api.post(
                "/api/v1/messages",
                body("lead_id", lead, "channel", "email", "template_id", template.text("id")),
                tenant.token());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        JsonNode message = awaitStatus(tenant, sent.text("id"), "sent");
        assertThat(statuses(message)).containsSubsequence("sending", "sent");

        List<Message> received = TestMailServer.to(email);
        assertThat(received).hasSize(1);
        Message mail = received.getFirst();
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("hello@acme.example");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Acme Realty");
        assertThat(mail.getSubject()).isEqualTo("Viewing for Dana");
        assertThat(message.path("provider_message_id").asString()).isEqualTo(mail.getHeader("Message-ID")[0]);
    }

    @Test
    void aRecipientTheServerRefusesFailsTheMessageWithItsReply() throws Exception {
        try (var server = new RefusingSmtpServer()) {
            Tenant tenant = organization();
            provider(
                    tenant,
                    "email",
                    "smtp",
                    Map.of("host", "127.0.0.1", "port", server.port(), "from", "hello@acme.example", "starttls", false),
                    Map.of());
            String lead =
                    lead(tenant, "Nobody Here" + UUID.randomUUID().toString().substring(0, 6), "52");
            consent(tenant, lead, "email");
            var sent = api.post(
                    "/api/v1/messages",
                    body("lead_id", lead, "channel", "email", "subject", "Hello", "body", "Still looking?"),
                    tenant.token());
            JsonNode failed = awaitStatus(tenant, sent.text("id"), "failed");
            assertThat(failed.path("provider_code").asString()).isEqualTo("550");
            assertThat(failed.path("reason").asString()).contains("5.1.1").contains("User unknown");
            assertThat(server.rcptCount()).isEqualTo(1);
        }
    }

    @Test
    void anSmtpAccountNeedsAHostAFromAddressAndThePasswordOfItsUsername() {
        Tenant tenant = organization();
        for (Map<String, Object> config : List.<Map<String, Object>>of(
                Map.of("port", 25, "from", "hello@acme.example"),
                Map.of("host", "smtp.acme.example", "from", "not an address"),
                Map.of("host", "smtp.acme.example", "port", 70000, "from", "hello@acme.example"),
                Map.of("host", "smtp.acme.example", "from", "hello@acme.example", "username", "acme"))) {
            assertProblem(
                    api.post(
                            "/api/v1/messaging/providers",
                            body("channel", "email", "kind", "smtp", "config", config),
                            tenant.token()),
                    400,
                    "invalid_config");
        }
        assertProblem(
                api.post(
                        "/api/v1/messaging/providers",
                        body("channel", "sms", "kind", "smtp", "config", Map.of("host", "smtp.acme.example")),
                        tenant.token()),
                400,
                "kind_not_for_channel");
        var providers = api.get("/api/v1/messaging/providers", tenant.token()).json();
        assertThat(providers.toString()).doesNotContain("\"smtp\"");
    }

    /**
     * An SMTP server that refuses every recipient as unknown (550 5.1.1), as a real one does for a
     * mailbox that does not exist; GreenMail accepts every address.
     */
    static final class RefusingSmtpServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0);
        private final Thread thread;
        private volatile int rcpts;

        RefusingSmtpServer() throws IOException {
            thread = Thread.ofVirtual().start(this::serve);
        }

        int port() {
            return socket.getLocalPort();
        }

        int rcptCount() {
            return rcpts;
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept();
                        var in = new BufferedReader(
                                new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                        var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                    out.print("220 refusing.test ESMTP\r\n");
                    out.flush();
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        String command =
                                line.length() < 4 ? line : line.substring(0, 4).toUpperCase();
                        String reply =
                                switch (command) {
                                    case "EHLO", "HELO" -> "250 refusing.test";
                                    case "MAIL", "RSET", "NOOP" -> "250 OK";
                                    case "RCPT" -> {
                                        rcpts++;
                                        yield "550 5.1.1 Recipient address rejected: User unknown";
                                    }
                                    case "QUIT" -> "221 Bye";
                                    default -> "503 5.5.1 Bad sequence of commands";
                                };
                        out.print(reply + "\r\n");
                        out.flush();
                        if (command.equals("QUIT")) {
                            break;
                        }
                    }
                } catch (IOException e) {
                    // closed: the test is over
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
