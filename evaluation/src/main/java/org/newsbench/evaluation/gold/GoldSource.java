package org.newsbench.evaluation.gold;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * Where a corpus and its gold files are: a corpus folder of {@code <doc_id>.txt} files and the gold CSVs.
 * {@code entities} and {@code stance} may be absent (for {@code annotate}, which needs no gold).
 */
public record GoldSource(Path corpusDirectory, Path entitiesCsv, Path stanceCsv, Path targetsCsv) {

    /** The layout of the {@code gold} module: {@code corpus/}, {@code entities.csv}, {@code stance.csv}, {@code targets.csv}. */
    public static GoldSource inDirectory(Path goldDirectory) {
        return new GoldSource(goldDirectory.resolve("corpus"), goldDirectory.resolve("entities.csv"),
                goldDirectory.resolve("stance.csv"), goldDirectory.resolve("targets.csv"));
    }

    /**
     * The gold bundled by the {@code gold} module, found on the classpath under {@code gold/}, whether the module is a
     * folder (in the reactor) or a jar.
     */
    public static GoldSource bundled() throws InvalidInputException {
        URL marker = GoldSource.class.getClassLoader().getResource("gold/entities.csv");
        if (marker == null) {
            throw new InvalidInputException("classpath:gold/entities.csv",
                    "the bundled gold is not on the classpath: add the 'gold' module as a dependency or name the files");
        }
        try {
            URI uri = marker.toURI();
            Path entities;
            if ("jar".equals(uri.getScheme())) {
                entities = jarFileSystem(uri).provider().getPath(uri);
            } else {
                entities = Paths.get(uri);
            }
            return inDirectory(entities.getParent());
        } catch (URISyntaxException | IOException e) {
            throw new InvalidInputException(marker.toString(), "cannot open the bundled gold: " + e.getMessage());
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException notYetOpen) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }
}
