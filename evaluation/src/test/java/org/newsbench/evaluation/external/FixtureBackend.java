package org.newsbench.evaluation.external;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The command line that starts {@link FixtureBackendMain} as its own process, for {@code external.<id>.command}. */
public final class FixtureBackend {

    private FixtureBackend() {
    }

    /** {@code java ... org.newsbench.evaluation.external.FixtureBackendMain <arguments>}, quoted for the splitter. */
    public static String commandLine(String... arguments) {
        return javaCommand(FixtureBackendMain.class, arguments).stream().map(word -> "\"" + word + "\"").collect(Collectors.joining(" "));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java ... <mainClass> <arguments>} with the test classpath, as a list of words. */
    static List<String> javaCommand(Class<?> mainClass, String... arguments) {
        List<String> words = new ArrayList<>(List.of(javaBinary(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xmx64m", "-cp", classpath(), mainClass.getName()));
        words.addAll(List.of(arguments));
        return words;
    }

    /** The test and main classes, the API and the three Jackson jars: all the fixture and the external package need. */
    private static String classpath() {
        return List.of(FixtureBackendMain.class, ExternalProvider.class, org.newsbench.api.Document.class,
                        ObjectMapper.class, JsonFactory.class, JsonProperty.class).stream()
                .map(FixtureBackend::location).distinct().collect(Collectors.joining(File.pathSeparator));
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
