package org.newsbench.spark;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The main class of {@code java -jar spark-runner-<version>.jar}: runs the newsbench command line with this jar and
 * every jar of the {@code lib/} folder beside it, Spark included, on the class path. (A manifest {@code Class-Path}
 * cannot list Spark: Maven writes it from the runtime scope, and Spark is {@code provided}.) On a cluster,
 * {@code spark-submit} runs {@code org.newsbench.evaluation.cli.NewsBenchCli} from the {@code -cluster} jar instead.
 */
public final class RunnableJarLauncher {

    private RunnableJarLauncher() {
    }

    public static void main(String[] args) throws IOException, URISyntaxException, ReflectiveOperationException {
        Path jar = Path.of(RunnableJarLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path lib = jar.resolveSibling("lib");
        if (!Files.isDirectory(lib)) {
            System.err.println("error: " + lib + " is missing: the jar runs with the lib/ folder that "
                    + "`mvn -Pspark package` writes beside it");
            System.exit(2);
        }
        List<URL> classPath = new ArrayList<>(List.of(jar.toUri().toURL()));
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path library : jars.filter(file -> file.toString().endsWith(".jar")).sorted().toList()) {
                classPath.add(library.toUri().toURL());
            }
        }
        URLClassLoader loader = new URLClassLoader(classPath.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        try {
            loader.loadClass("org.newsbench.evaluation.cli.NewsBenchCli").getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
