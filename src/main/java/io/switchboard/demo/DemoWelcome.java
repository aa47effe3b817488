package io.switchboard.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Where to sign in, printed on every start once the demo is in. */
@Component
class DemoWelcome {

    private static final Logger log = LoggerFactory.getLogger(DemoWelcome.class);

    private final DemoProperties properties;
    private final Environment environment;

    DemoWelcome(DemoProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    void print() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String url = environment.getProperty("switchboard.public-url", "http://localhost:" + port);
        String banner =
                """

                ================================================================
                  Switchboard is running: %s
                  Demo organization "%s". Sign in as
                    %s / %s   (admin)
                    manager@ supervisor@ agent1@ agent2@ agent3@acme.example
                    (same password)
                  Platform operator: %s / %s
                  API reference: %s/swagger-ui
                  Mail is not sent without SWITCHBOARD_SMTP_HOST: see Security > Dev mailbox
                ================================================================
                """
                        .formatted(
                                url,
                                DemoData.ORGANIZATION,
                                properties.adminEmail(),
                                properties.password(),
                                properties.operatorEmail(),
                                properties.password(),
                                url);
        System.out.println(banner);
        log.info("Console at {}; demo sign-in {} / {}", url, properties.adminEmail(), properties.password());
    }
}
