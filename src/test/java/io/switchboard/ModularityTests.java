package io.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.switchboard.db.DefaultSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(SwitchboardApplication.class);

    @Test
    void moduleBoundariesHold() {
        MODULES.verify();
    }

    /**
     * A module reads and writes only its own tables (each table's {@code COMMENT} names its
     * module); other modules' data comes through their public services and events.
     */
    @Test
    void eachModuleUsesOnlyItsOwnTables() {
        Map<String, String> owner = new HashMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            String comment = table.getComment();
            assertThat(comment)
                    .as("table %s must say which module owns it", table.getName())
                    .startsWith("module: ");
            String module = comment.substring("module: ".length()).trim();
            owner.put(table.getClass().getName(), module);
            owner.put(table.getRecordType().getName(), module);
        }
        JavaClasses classes = new ClassFileImporter()
                .withImportOptions(List.of(WrittenCode.ONLY))
                .importPackages("io.switchboard");
        List<String> violations = new ArrayList<>();
        for (JavaClass type : classes) {
            String module = moduleOf(type.getPackageName());
            if (module == null || module.equals("db")) {
                continue;
            }
            type.getDirectDependenciesFromSelf().forEach(dependency -> {
                String tableModule = owner.get(dependency.getTargetClass().getName());
                if (tableModule != null && !tableModule.equals(module)) {
                    violations.add(type.getName() + " uses "
                            + dependency.getTargetClass().getSimpleName() + " of " + tableModule);
                }
            });
        }
        assertThat(violations).as("cross-module table access").isEmpty();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    private static String moduleOf(String packageName) {
        if (!packageName.startsWith("io.switchboard.")) {
            return null;
        }
        String rest = packageName.substring("io.switchboard.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
