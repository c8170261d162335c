package fr.dijon.observatoire.run;

import fr.dijon.observatoire.ingest.FileDigest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The input folder of the monthly run ({@code entree/}): its files, their import order and their fingerprint. */
public final class InputFolder {

    private InputFolder() {
    }

    public static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("dossier d'entrée introuvable : " + folder
                    + " (déposez-y les fichiers du mois, ou indiquez-en un autre avec --entree)");
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /**
     * The prepared files in the order they must be imported: RPLS first (OPS rows link to its residences), then OPS,
     * then partner counts, then the files of unknown type; by name within a type (a later month's counts revise an
     * earlier one's). The type is the one detected from the header once the file is unzipped and decoded.
     */
    public static List<InboxFile> inImportOrder(List<InboxFile> files) {
        return files.stream().sorted(Comparator.comparingInt(InputFolder::rank).thenComparing(InboxFile::name)).toList();
    }

    private static int rank(InboxFile file) {
        if (file.type() == null) {
            return 3;
        }
        return switch (file.type()) {
            case "rpls" -> 0;
            case "ops" -> 1;
            default -> 2;
        };
    }

    /** Names, sizes and dates of the files: a new or changed file gives a new monthly run. */
    public static String fingerprint(Path folder) throws IOException {
        MessageDigest digest = FileDigest.newSha256();
        for (Path file : files(folder)) {
            digest.update((file.getFileName() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }
}
