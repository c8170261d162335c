package fr.dijon.observatoire.run;

import fr.dijon.observatoire.ingest.FileDigest;
import fr.dijon.observatoire.ingest.FileType;
import fr.dijon.observatoire.ingest.HeaderLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The input folder of the monthly run ({@code entree/}): its files, in name order, and their fingerprint. */
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
     * The files in the order they must be imported: RPLS first (OPS rows link to its residences), then OPS, then
     * partner counts and anything else, each group by name; the type comes from the header.
     */
    public static List<Path> inImportOrder(List<Path> files) {
        return files.stream().sorted(java.util.Comparator.comparingInt(InputFolder::rank).thenComparing(Path::toString))
                .toList();
    }

    private static int rank(Path file) {
        try {
            String header;
            try (java.io.BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                header = reader.readLine();
            }
            FileType type = header == null ? null : FileType.detect(HeaderLine.parse(header));
            return type == FileType.RPLS ? 0 : type == FileType.OPS ? 1 : 2;
        } catch (IOException | RuntimeException e) {
            return 3;
        }
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
