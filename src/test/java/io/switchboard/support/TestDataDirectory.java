package io.switchboard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One data directory per test JVM (embedded database, master key), so every Spring context of the
 * run shares one embedded PostgreSQL and nothing touches the developer's ./data.
 */
public final class TestDataDirectory {

    private TestDataDirectory() {}

    public static synchronized Path ensure() {
        String existing = System.getProperty("switchboard.data-dir");
        if (existing != null) {
            return Path.of(existing);
        }
        try {
            Path dir = Files.createTempDirectory("switchboard-test-");
            System.setProperty("switchboard.data-dir", dir.toString());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
