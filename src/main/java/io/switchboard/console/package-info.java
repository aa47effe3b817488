/**
 * The web console's shell: layout, navigation (entries contributed by each module), the
 * organization switcher and the home dashboard. Each module serves its own pages.
 */
@ApplicationModule(
        displayName = "Console",
        allowedDependencies = {"identity", "shared", "tenancy"})
@NullMarked
package io.switchboard.console;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
