package fr.dijon.observatoire.ingest;

import fr.dijon.observatoire.format.FrenchNumbers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Extracts the data file of a zipped input into this process's temporary folder, streaming, within limits.
 *
 * <ul>
 * <li>Entry names are never trusted: an entry whose normalised path would leave the folder ("zip slip") refuses
 * the archive.</li>
 * <li>The data file is the archive's only {@code .csv} entry; other entries (a notice such as LISEZMOI.txt, a PDF,
 * folders, macOS metadata) are ignored. Without any {@code .csv}, a single {@code .txt} entry is read as the CSV.
 * Two {@code .csv} entries refuse the archive.</li>
 * <li>Zip bombs: the bytes written are counted while extracting, never taken from the archive's headers; the
 * extraction stops and the partial file is deleted beyond {@link #maxBytes()}, or when the entry expands more
 * than {@link #MAX_RATIO} times its compressed size (past the first {@link #RATIO_FREE_BYTES}).</li>
 * </ul>
 */
public final class ZipInput {

    /** Largest extracted CSV: well above the national RPLS (about 3 GB); {@code observatoire.zip.max-octets}. */
    static long maxBytes() {
        return Long.getLong("observatoire.zip.max-octets", 8L << 30);
    }
    /** Largest expansion ratio: real CSV files compress 5 to 30 times; zip bombs a thousand times. */
    public static final long MAX_RATIO = 200;
    static final long RATIO_FREE_BYTES = 1 << 20;

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
        String name = FileNames.display(zip);
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            ZipEntry csv = dataEntry(zipFile, root, name);
            Path target = Files.createTempFile(root, "zip-", "-" + FileNames.safe(Path.of(csv.getName()).getFileName()));
            boolean done = false;
            try {
                copy(zipFile, csv, target, name);
                done = true;
            } finally {
                if (!done) {
                    Files.deleteIfExists(target);
                }
            }
            return target;
        } catch (java.util.zip.ZipException e) {
            throw new InputRefusedException("l'archive " + name + " est illisible ou tronquée (" + e.getMessage()
                    + ") : vérifiez le téléchargement et renvoyez-la.", e);
        }
    }

    private static ZipEntry dataEntry(ZipFile zipFile, Path root, String name) {
        List<ZipEntry> csvs = new ArrayList<>();
        List<ZipEntry> texts = new ArrayList<>();
        for (ZipEntry entry : Collections.list(zipFile.entries())) {
            Path target = root.resolve(entry.getName()).normalize();
            if (!target.startsWith(root) || entry.getName().contains("..") || entry.getName().startsWith("/")) {
                throw new InputRefusedException("l'archive " + name + " contient un chemin dangereux ("
                        + FileNames.display(entry.getName()) + ") qui sortirait du dossier temporaire : archive refusée.");
            }
            String entryName = entry.getName().toLowerCase(Locale.ROOT);
            String base = entryName.substring(entryName.lastIndexOf('/') + 1);
            if (entry.isDirectory() || entryName.startsWith("__macosx/") || base.startsWith(".")) {
                continue;
            }
            if (base.endsWith(".csv")) {
                csvs.add(entry);
            } else if (base.endsWith(".txt")) {
                texts.add(entry);
            }
        }
        if (csvs.size() > 1) {
            throw new InputRefusedException("l'archive " + name + " contient plusieurs fichiers CSV ("
                    + String.join(", ", csvs.stream().map(e -> FileNames.display(e.getName())).toList())
                    + ") : mettez-en un seul par archive.");
        }
        if (csvs.size() == 1) {
            return csvs.get(0);
        }
        if (texts.size() == 1) {
            return texts.get(0);
        }
        throw new InputRefusedException("l'archive " + name + " ne contient aucun fichier CSV"
                + (texts.isEmpty() ? "." : " (seulement des fichiers .txt, sans savoir lequel lire)."));
    }

    private static String size(long bytes) {
        return bytes >= 1L << 30 ? FrenchNumbers.display((double) bytes / (1L << 30), 1) + " Gio"
                : FrenchNumbers.display((double) bytes / (1L << 20), 1) + " Mio";
    }

    private static void copy(ZipFile zipFile, ZipEntry entry, Path target, String name) throws IOException {
        long compressed = Math.max(1, entry.getCompressedSize());
        long max = maxBytes();
        long written = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = zipFile.getInputStream(entry);
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.TRUNCATE_EXISTING)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                if (written > max) {
                    throw new InputRefusedException("l'archive " + name + " se décompresse en plus de "
                            + size(max) + " : archive refusée (bombe de "
                            + "décompression ou fichier inattendu). Envoyez le CSV sans le compresser si c'est voulu.");
                }
                if (written > RATIO_FREE_BYTES && written / compressed > MAX_RATIO) {
                    throw new InputRefusedException("l'archive " + name + " se décompresse plus de "
                            + MAX_RATIO + " fois sa taille compressée : archive refusée (bombe de décompression ?). "
                            + "Aucun vrai fichier CSV ne se compresse autant ; vérifiez l'archive.");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("No space left")) {
                throw new InputRefusedException("le disque est plein pendant la décompression de " + name
                        + " : libérez de la place dans le dossier des sorties puis relancez.", e);
            }
            throw e;
        }
    }
}
