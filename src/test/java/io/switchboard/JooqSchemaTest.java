package io.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jOOQ classes under {@code io.switchboard.db} are generated from the Flyway-migrated schema.
 * This test migrates a fresh embedded PostgreSQL, generates the classes, and fails if the committed
 * ones differ. Regenerate them with {@code ./mvnw -Pjooq-codegen test} (see README).
 */
class JooqSchemaTest {

    static final Path COMMITTED = Path.of("src/main/java/io/switchboard/db");
    static final String PACKAGE = "io.switchboard.db";

    @Test
    void generatedClassesMatchTheMigrations(@TempDir Path work) throws Exception {
        Path generated = work.resolve("generated");
        generate(work.resolve("pg"), generated);
        Path produced = generated.resolve(PACKAGE.replace('.', '/'));
        if (Boolean.getBoolean("switchboard.jooq.write")) {
            replaceCommitted(produced);
        }
        assertThat(contents(produced))
                .as("jOOQ classes are stale: run ./mvnw -Pjooq-codegen test and commit the result")
                .isEqualTo(contents(COMMITTED));
    }

    static void generate(Path dataDir, Path target) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(true)
                .start()) {
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            Flyway.configure()
                    .dataSource(url, "postgres", null)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("app_role", "switchboard_app", "definer_role", "switchboard_definer"))
                    .load()
                    .migrate();
            GenerationTool.generate(new Configuration()
                    .withJdbc(new Jdbc().withUrl(url).withUser("postgres"))
                    .withGenerator(new Generator()
                            .withDatabase(
                                    new Database()
                                            .withName("org.jooq.meta.postgres.PostgresDatabase")
                                            .withInputSchema("public")
                                            .withOutputSchemaToDefault(true)
                                            .withIncludeRoutines(false)
                                            .withIncludeSequences(false)
                                            // monthly partitions come and go with the calendar
                                            .withExcludes(
                                                    "flyway_schema_history|event_publication.*|.*_default|.*_[0-9]{4}_[0-9]{2}|.*_p(\\d{6}|default)"))
                            .withGenerate(new Generate()
                                    .withGeneratedAnnotation(false)
                                    .withJavaTimeTypes(true)
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withDaos(false)
                                    .withImplicitJoinPathsToMany(false)
                                    .withSerializableInterfaces(false))
                            .withTarget(new Target()
                                    .withPackageName(PACKAGE)
                                    .withDirectory(target.toString())
                                    .withClean(true))));
        }
    }

    private static void replaceCommitted(Path produced) throws IOException {
        try (Stream<Path> files = Files.walk(COMMITTED)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .filter(p -> !p.equals(COMMITTED) && !isPackageInfo(p))
                    .forEach(p -> {
                        try {
                            Files.delete(p);
                        } catch (IOException e) {
                            if (!Files.isDirectory(p)) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    });
        }
        try (Stream<Path> files = Files.walk(produced)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path destination = COMMITTED.resolve(produced.relativize(source).toString());
                Files.createDirectories(destination.getParent());
                Files.copy(source, destination);
            }
        }
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile)
                    .filter(p -> !isPackageInfo(p))
                    .toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    private static boolean isPackageInfo(Path path) {
        return path.getFileName().toString().equals("package-info.java");
    }
}
