package org.newsbench.onnx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder where ONNX Runtime's and DJL's tokenizer native libraries are unpacked, and the libraries' own documented
 * settings pointed at it, so that a run leaves nothing under the temp folder or {@code ~/.djl.ai}.
 *
 * <p>Left alone, ONNX Runtime copies its libraries into a fresh {@code onnxruntime-java*} temp folder on every run and
 * leaves the emptied folder behind (it registers the folder for deletion on exit before the files inside it), and DJL
 * unpacks its tokenizer library under {@code ~/.djl.ai} and calls an EC2 metadata address for usage tracking. Here:
 * <ul>
 * <li>ONNX Runtime's libraries are copied once into {@code <cache>/onnxruntime/<platform>-<hash>/} (named by their
 * content, so an upgraded jar never loads a stale copy) and system property {@code onnxruntime.native.path} names
 * that folder. ONNX Runtime still creates an empty temp folder, which it deletes at exit since nothing goes in it.</li>
 * <li>DJL's system property {@code DJL_CACHE_DIR} is set to {@code <cache>/djl}; its tokenizer unpacks there.</li>
 * <li>DJL's {@code OPT_OUT_TRACKING} and {@code ai.djl.offline} are set to {@code true}: no network at run time.</li>
 * </ul>
 * A setting the user already made (system property, or for DJL the environment variable) is kept.
 *
 * <p>{@code <cache>} is system property {@value #CACHE_DIR_PROPERTY}, else environment variable
 * {@value #CACHE_DIR_ENVIRONMENT}, else {@code $XDG_CACHE_HOME/newsbench/onnx}, else
 * {@code ~/.cache/newsbench/onnx}. The build sets the property to a folder under {@code target/}.
 */
public final class NativeLibraryCache {

    /** System property naming the cache folder. */
    public static final String CACHE_DIR_PROPERTY = "newsbench.onnx.cacheDir";
    /** Environment variable naming the cache folder, read when the property is not set. */
    public static final String CACHE_DIR_ENVIRONMENT = "NEWSBENCH_ONNX_CACHE_DIR";

    static final String ORT_NATIVE_PATH = "onnxruntime.native.path";
    private static final List<String> ORT_LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

    private static final Logger LOG = LoggerFactory.getLogger(NativeLibraryCache.class);

    private static Path prepared;
    private static final List<String> NOTES = new ArrayList<>();

    private NativeLibraryCache() {
    }

    /**
     * Unpacks ONNX Runtime's libraries into the cache folder if they are not there yet and sets the libraries'
     * properties; once per JVM, before any ONNX Runtime or DJL class loads its library.
     *
     * @return the cache folder
     * @throws IOException when the folder cannot be created or written
     */
    public static synchronized Path prepare() throws IOException {
        if (prepared != null) {
            return prepared;
        }
        Path cache = cacheFolder(System.getProperty(CACHE_DIR_PROPERTY), System.getenv());
        Files.createDirectories(cache);
        prepareOnnxRuntime(cache);
        setUnlessSet("DJL_CACHE_DIR", cache.resolve("djl").toString(), "DJL_CACHE_DIR", "ENGINE_CACHE_DIR");
        setUnlessSet("OPT_OUT_TRACKING", "true", "OPT_OUT_TRACKING");
        setUnlessSet("ai.djl.offline", "true", "DJL_OFFLINE");
        prepared = cache;
        return cache;
    }

    /** What {@link #prepare()} did, for the diagnostics: where each library goes, settings kept from the user. */
    public static synchronized List<String> notes() {
        return List.copyOf(NOTES);
    }

    /** The cache folder from the property, the environment or the user's cache folder (see the class comment). */
    static Path cacheFolder(String property, Map<String, String> environment) {
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        String variable = environment.get(CACHE_DIR_ENVIRONMENT);
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable).toAbsolutePath();
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("newsbench").resolve("onnx").toAbsolutePath();
    }

    private static void prepareOnnxRuntime(Path cache) throws IOException {
        String userPath = System.getProperty(ORT_NATIVE_PATH);
        if (userPath != null) {
            NOTES.add("ONNX Runtime libraries: " + userPath + " (system property " + ORT_NATIVE_PATH + ", kept)");
            return;
        }
        Optional<String> platform = onnxRuntimePlatform(System.getProperty("os.name", ""),
                System.getProperty("os.arch", ""));
        List<byte[]> libraries = new ArrayList<>();
        List<String> fileNames = new ArrayList<>();
        for (String library : ORT_LIBRARIES) {
            String fileName = System.mapLibraryName(library).replace("jnilib", "dylib");
            byte[] bytes = platform.isEmpty() ? null
                    : readResource("/ai/onnxruntime/native/" + platform.get() + "/" + fileName);
            if (bytes == null) {
                NOTES.add("ONNX Runtime has no bundled library for " + System.getProperty("os.name") + "/"
                        + System.getProperty("os.arch") + ": it loads its own way (temp folder)");
                LOG.warn("ONNX Runtime libraries for this platform are not in its jar; leaving its loader alone");
                return;
            }
            libraries.add(bytes);
            fileNames.add(fileName);
        }
        Path folder = cache.resolve("onnxruntime").resolve(platform.get() + "-" + digest(libraries));
        Files.createDirectories(folder);
        for (int i = 0; i < libraries.size(); i++) {
            writeOnce(folder.resolve(fileNames.get(i)), libraries.get(i));
        }
        System.setProperty(ORT_NATIVE_PATH, folder.toString());
        NOTES.add("ONNX Runtime libraries: " + folder);
        LOG.debug("ONNX Runtime native libraries in {}", folder);
    }

    /** ONNX Runtime's name for the platform's resource folder ({@code linux-x64}, {@code osx-aarch64}...). */
    static Optional<String> onnxRuntimePlatform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        String osPart = os.contains("mac") || os.contains("darwin") ? "osx"
                : os.contains("win") ? "win" : os.contains("nux") ? "linux" : null;
        String archPart = arch.startsWith("amd64") || arch.startsWith("x86_64") ? "x64"
                : arch.startsWith("aarch64") ? "aarch64" : null;
        return osPart == null || archPart == null ? Optional.empty() : Optional.of(osPart + "-" + archPart);
    }

    private static byte[] readResource(String name) throws IOException {
        try (InputStream in = NativeLibraryCache.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static String digest(List<byte[]> contents) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            contents.forEach(sha::update);
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Writes through a temporary file in the same folder and a move, so no process ever sees a half-written file. */
    private static void writeOnce(Path target, byte[] bytes) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
            return;
        }
        Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Sets system property {@code key} unless it or one of the environment variables {@code userSettings} is set. */
    private static void setUnlessSet(String key, String value, String... userSettings) {
        for (String setting : userSettings) {
            String fromUser = System.getProperty(setting) != null ? System.getProperty(setting)
                    : System.getenv(setting);
            if (fromUser != null) {
                NOTES.add("DJL: " + setting + "=" + fromUser + " (set by the user, kept)");
                return;
            }
        }
        System.setProperty(key, value);
        NOTES.add("DJL: " + key + "=" + value);
    }
}
