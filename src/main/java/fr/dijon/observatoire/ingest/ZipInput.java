package fr.dijon.observatoire.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Extracts the single CSV of a zipped input into a private temporary folder. Entry names are never trusted:
 * an entry whose normalised path would leave the folder ("zip slip") refuses the file.
 */
public final class ZipInput {

    private ZipInput() {
    }

    public static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    /** Returns the extracted CSV, inside {@code workDir}. */
    public static Path extractSingleCsv(Path zip, Path workDir) throws IOException {
        Path root = workDir.toAbsolutePath().normalize();
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            ZipEntry csv = null;
            for (ZipEntry entry : java.util.Collections.list(zipFile.entries())) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || entry.getName().contains("..")) {
                    throw new InputRefusedException("l'archive " + zip.getFileName() + " contient un chemin dangereux ("
                            + entry.getName() + ") qui sortirait du dossier temporaire : archive refusée.");
                }
                if (!entry.isDirectory() && entry.getName().toLowerCase().matches(".*\\.(csv|txt)$")) {
                    if (csv != null) {
                        throw new InputRefusedException("l'archive " + zip.getFileName()
                                + " contient plusieurs fichiers CSV : mettez-en un seul par archive.");
                    }
                    csv = entry;
                }
            }
            if (csv == null) {
                throw new InputRefusedException("l'archive " + zip.getFileName() + " ne contient aucun fichier CSV.");
            }
            Path target = root.resolve(Path.of(csv.getName()).getFileName().toString());
            try (InputStream in = zipFile.getInputStream(csv)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (java.util.zip.ZipException e) {
            throw new InputRefusedException("l'archive " + zip.getFileName() + " est illisible ou tronquée : "
                    + e.getMessage(), e);
        }
    }
}
