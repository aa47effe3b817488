package io.switchboard;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * The application's classes as its engineers wrote them, for architecture rules: without the
 * tests, and without what the build generates beside them for the packaged jar (Spring AOT's
 * {@code X__BeanDefinitions} and the CGLIB proxies it saves as {@code X$$SpringCGLIB$$0}). A proxy
 * repeats its class's signatures, so a violation frozen for the class came back through it.
 */
public final class WrittenCode implements ImportOption {

    public static final ImportOption[] ONLY = {ImportOption.Predefined.DO_NOT_INCLUDE_TESTS, new WrittenCode()};

    @Override
    public boolean includes(Location location) {
        String path = location.toString();
        return !path.contains("$$SpringCGLIB$$") && !path.contains("__");
    }
}
