package fr.dijon.observatoire.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a source file once, streaming: sha256, encoding (UTF-8 with or without BOM, else Windows-1252),
 * binary detection, the header line, and the number of lines (estimated from the first megabyte, for progress). Zipped files are extracted first; Windows-1252 files are converted to
 * UTF-8 in a temporary copy, because DuckDB's reader cannot read them.
 */
public final class InputPreparer {

    private static final int BUFFER = 1 << 20;

    private final Path workDir;
    private final LoadProgress progress;

    public InputPreparer(Path workDir, LoadProgress progress) {
        this.workDir = workDir;
        this.progress = progress;
    }

    public PreparedInput prepare(Path source) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new NoSuchFileException(source.toString(), null, "fichier introuvable");
        }
        Files.createDirectories(workDir);
        boolean zipped = ZipInput.isZip(source);
        String sha;
        Path csv;
        Scan scan;
        if (zipped) {
            sha = FileDigest.sha256(source);
            csv = ZipInput.extractSingleCsv(source, workDir);
            scan = scan(csv, false);
        } else {
            csv = source;
            scan = scan(source, true);
            sha = scan.sha256;
        }
        if (scan.size == 0) {
            throw new InputRefusedException("le fichier " + source.getFileName() + " est vide.");
        }
        if (scan.binary) {
            throw new InputRefusedException("le fichier " + source.getFileName()
                    + " n'est pas un fichier texte CSV (octets binaires trouvés) : vérifiez qu'il s'agit du bon fichier.");
        }
        TextEncoding encoding = scan.bom ? TextEncoding.UTF8_BOM : scan.utf8 ? TextEncoding.UTF8 : TextEncoding.WINDOWS_1252;
        HeaderLine header = HeaderLine.parse(firstLine(csv, encoding));
        if (!encoding.readableByDuckDb()) {
            csv = transcodeToUtf8(csv);
        }
        return new PreparedInput(source, sha, Files.size(source), csv, encoding, header, zipped, scan.lines);
    }

    private record Scan(String sha256, long size, boolean bom, boolean utf8, boolean binary, long lines) {
    }

    /**
     * Reads the file once: the sha256 is computed on a second thread while this one reads, checks UTF-8 and
     * reports progress; three rotating buffers keep the two threads apart.
     */
    private Scan scan(Path file, boolean hash) throws IOException {
        long total = Files.size(file);
        MessageDigest digest = FileDigest.newSha256();
        Utf8Checker utf8 = new Utf8Checker();
        byte[][] buffers = {new byte[BUFFER], new byte[BUFFER], new byte[BUFFER]};
        Future<?>[] hashing = new Future<?>[buffers.length];
        ExecutorService hasher = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "empreinte-sha256");
            t.setDaemon(true);
            return t;
        });
        boolean bom = false;
        boolean binary = false;
        long read = 0;
        long lines = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int slot = 0;
            int n;
            while ((n = in.readNBytes(buffers[slot], 0, BUFFER)) > 0) {
                byte[] buffer = buffers[slot];
                if (read == 0) {
                    bom = n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF;
                    binary = containsNul(buffer, Math.min(n, 1 << 16));
                }
                if (hash) {
                    int length = n;
                    hashing[slot] = hasher.submit(() -> digest.update(buffer, 0, length));
                }
                utf8.feed(buffer, n);
                if (read == 0) {
                    lines = n == total ? newlines(buffer, n) : Math.round((double) newlines(buffer, n) * total / n);
                }
                read += n;
                progress.update("lecture et empreinte", 100.0 * read / Math.max(1, total), -1);
                if (!hash && !utf8.stillValid()) {
                    break;
                }
                slot = (slot + 1) % buffers.length;
                await(hashing[slot]);
            }
            for (Future<?> f : hashing) {
                await(f);
            }
        } finally {
            hasher.shutdownNow();
        }
        String sha = hash ? HexFormat.of().formatHex(digest.digest()) : null;
        return new Scan(sha, total, bom, utf8.finish(), binary, lines);
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

    private static long newlines(byte[] buffer, int length) {
        long count = 0;
        for (int i = 0; i < length; i++) {
            if (buffer[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    private static boolean containsNul(byte[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Path csv, TextEncoding encoding) throws IOException {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(Files.newInputStream(csv), encoding.charset()))) {
            String line = reader.readLine();
            if (line == null || line.isBlank()) {
                throw new InputRefusedException("le fichier " + csv.getFileName() + " n'a pas de ligne d'en-tête.");
            }
            return line;
        }
    }

    private Path transcodeToUtf8(Path csv) throws IOException {
        Path target = Files.createTempFile(workDir, "utf8-", ".csv");
        long total = Files.size(csv);
        try (InputStream in = Files.newInputStream(csv);
             OutputStream out = Files.newOutputStream(target)) {
            Windows1252Transcoder.transcode(in, out,
                    done -> progress.update("conversion en UTF-8", 100.0 * done / Math.max(1, total), -1));
        }
        return target;
    }
}
