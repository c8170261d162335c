package fr.dijon.observatoire.ingest;

import fr.dijon.observatoire.format.FrenchNumbers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a source file once, streaming: sha256, encoding (UTF-8 with or without BOM, else Windows-1252), and an
 * independent count of its records ({@link RecordScan}) that finds NUL bytes anywhere, quotes left open, records
 * too long for the reader and mixed line ends. Zipped files are extracted first (within limits, see
 * {@link ZipInput}); Windows-1252 files, and files mixing CRLF and LF, are rewritten as UTF-8 with LF line ends in
 * a temporary copy, because DuckDB's reader cannot read them. Temporary copies live in this process's
 * {@link WorkFolder}.
 */
public final class InputPreparer {

    /** The longest record DuckDB's reader is asked to read; longer ones are rejected (see {@link CsvStaging}). */
    public static final int MAX_RECORD_BYTES = 1 << 20;
    private static final int BUFFER = 1 << 20;

    private final Path workRoot;
    private final LoadProgress progress;

    public InputPreparer(Path workDir, LoadProgress progress) {
        this.workRoot = workDir;
        this.progress = progress;
    }

    public PreparedInput prepare(Path source) throws IOException {
        checkReadable(source);
        String name = FileNames.display(source);
        Path workDir = WorkFolder.of(workRoot);
        boolean zipped = ZipInput.isZip(source);
        Path csv = zipped ? ZipInput.extractSingleCsv(source, workDir) : source;
        try {
            return prepare(source, name, csv, zipped, workDir);
        } catch (IOException | RuntimeException e) {
            if (zipped) {
                Files.deleteIfExists(csv);
            }
            throw e;
        }
    }

    private PreparedInput prepare(Path source, String name, Path csv, boolean zipped, Path workDir)
            throws IOException {
        byte[] headerBytes = headerBytes(csv, name);
        char delimiter = HeaderLine.parse(new String(headerBytes, StandardCharsets.ISO_8859_1)).delimiter();
        Scan scan = scan(csv, !zipped, delimiter);
        String sha = zipped ? FileDigest.sha256(source) : scan.sha256;
        if (scan.size == 0) {
            throw new InputRefusedException("le fichier " + name + " est vide.");
        }
        if (scan.records.nulLine() > 0) {
            throw new InputRefusedException("le fichier " + name + " n'est pas un fichier texte CSV (octet nul à la "
                    + "ligne " + n(scan.records.nulLine()) + ") : vérifiez qu'il s'agit du bon fichier.");
        }
        TextEncoding encoding = scan.bom ? TextEncoding.UTF8_BOM : scan.utf8 ? TextEncoding.UTF8 : TextEncoding.WINDOWS_1252;
        HeaderLine header = header(headerBytes, encoding, name);
        CsvShape.refuseBadQuotes(scan.records, csv, header, name);
        if (!encoding.readableByDuckDb() || scan.records.mixedLineEnds()) {
            csv = rewrite(csv, workDir, !encoding.readableByDuckDb(), scan.records.mixedLineEnds(), zipped);
        }
        CsvShape shape = new CsvShape(scan.records.dataRecords(), scan.records.longRecords(),
                scan.records.longRecordCount(), scan.records.multiLineRecords(), scan.records.mixedLineEnds());
        return new PreparedInput(source, sha, Files.size(source), csv, encoding, header, zipped,
                shape.records() + 1, shape);
    }

    private static void checkReadable(Path source) throws IOException {
        String shown = FileNames.displayPath(source);
        if (Files.isDirectory(source)) {
            throw new ImportRequestException(shown + " est un dossier, pas un fichier : indiquez les fichiers à "
                    + "importer (par exemple " + shown + "/*.csv).");
        }
        if (!Files.exists(source)) {
            throw new NoSuchFileException(source.toString(), null, "fichier introuvable");
        }
        if (!Files.isRegularFile(source)) {
            throw new ImportRequestException(shown + " n'est pas un fichier ordinaire : indiquez un fichier CSV ou zip.");
        }
        if (!Files.isReadable(source)) {
            throw new AccessDeniedException(source.toString(), null, "permission refusée");
        }
    }

    private record Scan(String sha256, long size, boolean bom, boolean utf8, RecordScan records) {
    }

    /**
     * Reads the file once: this thread checks UTF-8 and reports progress; a second thread computes the sha256 and
     * counts the records. Three rotating buffers keep the two threads apart.
     */
    private Scan scan(Path file, boolean hash, char delimiter) throws IOException {
        long total = Files.size(file);
        MessageDigest digest = FileDigest.newSha256();
        RecordScan records = new RecordScan(delimiter, MAX_RECORD_BYTES);
        Utf8Checker utf8 = new Utf8Checker();
        byte[][] buffers = {new byte[BUFFER], new byte[BUFFER], new byte[BUFFER]};
        Future<?>[] pending = new Future<?>[buffers.length];
        ExecutorService second = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "empreinte-sha256");
            t.setDaemon(true);
            return t;
        });
        boolean bom = false;
        long read = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int slot = 0;
            int n;
            while ((n = in.readNBytes(buffers[slot], 0, BUFFER)) > 0) {
                byte[] buffer = buffers[slot];
                if (read == 0) {
                    bom = n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF;
                }
                int length = n;
                pending[slot] = second.submit(() -> {
                    if (hash) {
                        digest.update(buffer, 0, length);
                    }
                    records.feed(buffer, length);
                });
                utf8.feed(buffer, n);
                read += n;
                progress.update("lecture et empreinte", 100.0 * read / Math.max(1, total), -1);
                slot = (slot + 1) % buffers.length;
                await(pending[slot]);
            }
            for (Future<?> f : pending) {
                await(f);
            }
        } finally {
            second.shutdownNow();
        }
        records.finish();
        String sha = hash ? HexFormat.of().formatHex(digest.digest()) : null;
        return new Scan(sha, total, bom, utf8.finish(), records);
    }

    private static void await(Future<?> future) throws IOException {
        if (future == null) {
            return;
        }
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("lecture interrompue", e);
        } catch (ExecutionException e) {
            throw new IOException("échec du calcul de l'empreinte", e.getCause());
        }
    }

    /** The bytes of the first line, without its line end; refuses a file whose first megabyte holds no line end. */
    private static byte[] headerBytes(Path csv, String name) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(csv)) {
            start = in.readNBytes(MAX_RECORD_BYTES + 1);
        }
        int end = 0;
        while (end < start.length && start[end] != '\n') {
            end++;
        }
        if (end == start.length && start.length > MAX_RECORD_BYTES) {
            throw new InputRefusedException("la première ligne du fichier " + name + " dépasse 1 Mo sans fin de ligne : "
                    + "ce n'est pas un fichier CSV attendu (en-tête sur la première ligne).");
        }
        if (end > 0 && start[end - 1] == '\r') {
            end--;
        }
        return Arrays.copyOf(start, end);
    }

    private static HeaderLine header(byte[] bytes, TextEncoding encoding, String name) {
        String line = new String(bytes, encoding.charset());
        if (line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        if (line.isBlank()) {
            throw new InputRefusedException("le fichier " + name + " n'a pas de ligne d'en-tête (première ligne vide).");
        }
        HeaderLine header = HeaderLine.parse(line);
        header.duplicate().ifPresent(column -> {
            throw new InputRefusedException("le fichier " + name + " a deux colonnes nommées « " + column
                    + " » : renommez ou retirez l'une d'elles (chaque colonne doit avoir un nom unique).");
        });
        return header;
    }

    private Path rewrite(Path csv, Path workDir, boolean fromCp1252, boolean lfOnly, boolean deleteSource)
            throws IOException {
        Path target = Files.createTempFile(workDir, "utf8-", ".csv");
        long total = Files.size(csv);
        try (InputStream in = Files.newInputStream(csv);
             OutputStream out = Files.newOutputStream(target)) {
            Windows1252Transcoder.rewrite(in, out, fromCp1252, lfOnly,
                    done -> progress.update("conversion en UTF-8", 100.0 * done / Math.max(1, total), -1));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        if (deleteSource) {
            Files.deleteIfExists(csv);
        }
        return target;
    }

    private static String n(long value) {
        return FrenchNumbers.display(value, 0);
    }
}
