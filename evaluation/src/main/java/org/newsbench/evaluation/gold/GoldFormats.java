package org.newsbench.evaluation.gold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The gold formats this tool reads, found by name ({@code --gold-format}) or recognised from a path. */
public final class GoldFormats {

    private static final List<GoldFormat> FORMATS = List.of(new CsvGoldFormat(), new BratGoldFormat(), new JsonlGoldFormat(), new ConllGoldFormat());

    private GoldFormats() {
    }

    public static List<String> names() {
        return FORMATS.stream().map(GoldFormat::name).toList();
    }

    public static GoldFormat named(String name) throws InvalidInputException {
        return FORMATS.stream().filter(format -> format.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("--gold-format " + name, "unknown format; expected one of "
                        + names()));
    }

    /** The format {@code path} is in: the first that recognises it. */
    public static GoldFormat detect(Path path) throws InvalidInputException {
        if (!Files.exists(path)) {
            throw new InvalidInputException(path.toString(), "not found");
        }
        return FORMATS.stream().filter(format -> format.recognises(path)).findFirst()
                .orElseThrow(() -> new InvalidInputException(path.toString(), "cannot tell the gold format from the "
                        + "path; name it with --gold-format (one of " + names() + ")"));
    }

    /** Reads {@code path} in the named format, or the detected one when {@code formatName} is null. */
    public static GoldCorpus read(Path path, String formatName, GoldReadOptions options) throws InvalidInputException {
        GoldFormat format = formatName != null ? named(formatName) : detect(path);
        return format.read(path, options);
    }
}
