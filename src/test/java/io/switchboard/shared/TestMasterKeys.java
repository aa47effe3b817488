package io.switchboard.shared;

import java.nio.file.Path;
import java.util.Base64;

/** Master keys for unit tests, built from given bytes. */
public final class TestMasterKeys {

    private TestMasterKeys() {}

    public static MasterKey of(byte[] key) {
        return new MasterKey(new MasterKey.Properties(Base64.getEncoder().encodeToString(key), Path.of("unused")));
    }
}
