package io.switchboard.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A secret generated once and kept in a file that only its owner may read (mode 0600 where the file
 * system has modes): the master key, the embedded database's superuser password. The file is
 * written beside its final name and moved into place, so it is never seen half written nor, even
 * for a moment, readable by others.
 */
public final class SecretFile {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SecretFile() {}

    /** {@code bytes} random bytes, base64url without padding: safe inside SQL and config literals. */
    public static String random(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The secret in {@code file}; created from {@code generate} when the file does not exist yet. */
    public static String readOrCreate(Path file, Supplier<String> generate) {
        try {
            if (Files.exists(file)) {
                restrict(file); // e.g. restored from a backup with looser modes
                return Files.readString(file).trim();
            }
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path draft = createOwnerOnly(dir, file.getFileName().toString());
            String secret = generate.get();
            Files.writeString(draft, secret, StandardCharsets.UTF_8);
            try {
                Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(draft); // another process was first: its secret wins
                return Files.readString(file).trim();
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create the secret file " + file, e);
        }
    }

    private static Path createOwnerOnly(Path dir, String name) throws IOException {
        try {
            return Files.createTempFile(dir, name, ".new", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            return Files.createTempFile(dir, name, ".new"); // not a POSIX file system
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }
}
