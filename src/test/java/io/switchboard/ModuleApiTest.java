package io.switchboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;

/**
 * What a module shows other modules is decided on purpose: each one lists the modules it may use,
 * and its API (everything outside {@code internal}) does not speak jOOQ, so a schema change stays
 * inside the module that owns the table.
 */
class ModuleApiTest {

    static final JavaClasses CLASSES =
            new ClassFileImporter().withImportOptions(List.of(WrittenCode.ONLY)).importPackages("io.switchboard");

    /**
     * Frozen: the violations that existed when the rule came in are recorded in
     * {@code src/test/resources/archunit_store}; only new ones fail, and fixed ones leave the store.
     */
    static final ArchRule JOOQ_ONLY_IN_INTERNAL = FreezingArchRule.freeze(noClasses()
            .that()
            .resideInAPackage("io.switchboard..")
            .and()
            .resideOutsideOfPackages("..internal..", "io.switchboard.db..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.jooq..", "io.switchboard.db..")
            .because("a module's API must not expose its tables; jOOQ belongs in its internal package"));

    @Test
    void jooqStaysInInternalPackages() {
        JOOQ_ONLY_IN_INTERNAL.check(CLASSES);
    }

    /** Without the list Spring Modulith lets a module depend on any other, silently. */
    @Test
    void everyModuleDeclaresItsAllowedDependencies() {
        List<String> modules = new ArrayList<>();
        List<String> undeclared = new ArrayList<>();
        for (JavaPackage module : CLASSES.getPackage("io.switchboard").getSubpackages()) {
            modules.add(module.getRelativeName());
            Optional<ApplicationModule> annotation = module.tryGetAnnotationOfType(ApplicationModule.class);
            if (annotation.isEmpty()
                    || List.of(annotation.get().allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN)) {
                undeclared.add(module.getRelativeName());
            }
        }
        assertThat(modules).contains("jobs", "leads", "shared");
        assertThat(undeclared)
                .as("modules without @ApplicationModule(allowedDependencies = ...) in package-info.java")
                .isEmpty();
    }
}
