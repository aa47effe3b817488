package io.switchboard.jobs;

import io.switchboard.SwitchboardApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Another Switchboard node with the test jobs, started in its own process by {@link JobsIT}. */
public final class JobsNode {

    private JobsNode() {}

    public static void main(String[] args) {
        new SpringApplicationBuilder(SwitchboardApplication.class, TestJobs.class)
                .profiles("test")
                .run(args);
    }
}
