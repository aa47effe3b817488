package io.switchboard.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.SwitchboardApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The application's pool must never log in as a role that could step around row-level security. */
class ApplicationLoginIT {

    @TempDir
    Path data;

    @Test
    void theOwnerIsRefusedAsTheApplicationsLogin() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(SwitchboardApplication.class)
                        .run(
                                "--server.port=0",
                                "--switchboard.data-dir=" + data,
                                "--switchboard.db.embedded.durable=false",
                                "--switchboard.db.app-user=" + EmbeddedPostgresServer.OWNER,
                                "--switchboard.db.app-password=anything",
                                "--switchboard.demo.enabled=false",
                                "--spring.main.banner-mode=off",
                                "--logging.structured.format.console="))
                .hasStackTraceContaining("the application's database login switchboard is a superuser,"
                        + " bypasses row-level security, owns tables or may act as the owner");
    }
}
