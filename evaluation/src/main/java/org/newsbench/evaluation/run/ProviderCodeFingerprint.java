package org.newsbench.evaluation.run;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hash of the code a provider is loaded from (its jar, or its classes folder in a build), for the annotation cache
 * key: a rebuilt backend, whose defaults or mapping may have changed, must not be answered from the cache even when
 * its author forgot to bump {@code version()}.
 */
final class ProviderCodeFingerprint {

    private ProviderCodeFingerprint() {
    }

    /** SHA-256 of the jar's bytes, or of every file's path and bytes under a classes folder; "unknown" if unreadable. */
    static String of(Class<?> providerClass) {
        try {
            CodeSource source = providerClass.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "unknown";
            }
            Path location = Path.of(source.getLocation().toURI());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(location)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(location)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    digest.update(location.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    update(digest, file);
                }
            } else {
                update(digest, location);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            while (in.read(buffer) >= 0) {
                // DigestInputStream updates the digest as it reads.
            }
        }
    }
}
