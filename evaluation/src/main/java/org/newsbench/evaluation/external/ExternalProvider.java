package org.newsbench.evaluation.external;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.newsbench.api.Annotator;
import org.newsbench.api.LabelMapping;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.Availability;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderDescriptor;
import org.newsbench.api.spi.ProviderException;
import org.newsbench.evaluation.run.TimesItsOwnDocuments;

/**
 * A provider declared in the configuration ({@code external.<id>.*}) rather than found on the classpath: a program
 * spoken to over JSON lines on stdin/stdout, or an HTTP service. Nothing is started before {@link #create}, so a run
 * whose every document is cached never starts the program. Each document is bounded by the declaration's own
 * {@code timeout-seconds}, not by the run's in-JVM document timeout.
 */
public final class ExternalProvider implements AnnotatorProvider, TimesItsOwnDocuments {

    private final ExternalProviderDeclaration declaration;

    public ExternalProvider(ExternalProviderDeclaration declaration) {
        this.declaration = declaration;
    }

    /** The program is the provider's library, so its declared version is shown as the library's too. */
    @Override
    public ProviderDescriptor descriptor() {
        return new ProviderDescriptor(declaration.id(), declaration.description(),
                declaration.isProcess() ? "external program" : "external HTTP service", declaration.version(),
                declaration.version(), declaration.tasks(), declaration.trainable());
    }

    /** Available unless the program is not found (an HTTP service is only tried when used). */
    @Override
    public Availability availability() {
        if (!declaration.isProcess()) {
            return Availability.available();
        }
        Optional<Path> directory = declaration.workingDirectory();
        if (directory.isPresent() && !Files.isDirectory(directory.get())) {
            return Availability.unavailable("working-directory " + directory.get() + " is not a directory");
        }
        String program = declaration.command().get(0);
        return findProgram(program, directory.orElse(Path.of("")))
                ? Availability.available()
                : Availability.unavailable("cannot start '" + program + "': "
                        + (program.contains(File.separator) ? "no executable file there"
                        : "not found on the PATH") + " (command: " + declaration.endpoint() + ")");
    }

    /**
     * Starts the program's worker processes, or prepares the HTTP client.
     *
     * @param configuration the declaration's own keys, which the provider was built from (passed by the run, which
     *                      also hashes them into the cache key)
     */
    @Override
    public Annotator create(ProviderConfiguration configuration) throws ProviderException {
        LabelMapping labels = labels();
        ExternalProtocolCodec codec = new ExternalProtocolCodec(declaration.offsets(), labels);
        BackendClient client;
        if (declaration.isProcess()) {
            try {
                client = ProcessBackendClient.start(declaration, codec);
            } catch (IOException e) {
                throw new ProviderException("cannot start '" + declaration.endpoint() + "': " + e.getMessage(), e);
            }
        } else {
            client = new HttpBackendClient(declaration, codec);
        }
        return declaration.trainable() ? new TrainableExternalAnnotator(client, codec, labels)
                : new ExternalAnnotator(client, codec, labels);
    }

    private LabelMapping labels() throws ProviderException {
        if (declaration.labels().isEmpty()) {
            return null;
        }
        try {
            return LabelMapping.fromFile(declaration.labels().get());
        } catch (IOException | IllegalArgumentException e) {
            throw new ProviderException(declaration.key("labels") + ": cannot read "
                    + declaration.labels().get() + ": " + e.getMessage(), e);
        }
    }

    private static boolean findProgram(String program, Path workingDirectory) {
        if (program.contains(File.separator)) {
            Path path = Path.of(program);
            return Files.isExecutable(path.isAbsolute() ? path : workingDirectory.resolve(path));
        }
        String searchPath = System.getenv("PATH");
        if (searchPath == null) {
            return false;
        }
        for (String directory : searchPath.split(File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }
}
