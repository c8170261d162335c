package fr.dijon.observatoire.sample;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an RPLS file the way the SDES distributes it: {@code ;}-separated, no quoting, CRLF line
 * endings, header line first; in UTF-8 with a byte-order mark, or in another ASCII-compatible
 * charset (such as windows-1252) without one. A character the charset cannot encode is an error,
 * never a '?'; so is a row with a wrong number of fields.
 *
 * <p>Rows are appended to {@link #row()} and closed by {@link #endRow()}; bytes go to disk in
 * 64 KB chunks, so memory use does not grow with the file.
 */
final class RplsCsvWriter implements Closeable {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int FLUSH_THRESHOLD = 1 << 16;

    private final OutputStream out;
    private final TextEncoder encoder;
    private final RowBytes buffer;
    private final int separatorsPerRow;
    private int rowStart;
    private long rows;

    RplsCsvWriter(Path file, RplsVariant variant, Charset charset) throws IOException {
        this.encoder = new TextEncoder(charset);
        this.buffer = new RowBytes(encoder, FLUSH_THRESHOLD + 8192);
        this.separatorsPerRow = variant.columnCount() - 1;
        this.out = Files.newOutputStream(file);
        if (charset.equals(StandardCharsets.UTF_8)) {
            out.write(UTF8_BOM);
        }
        for (String column : variant.columns()) {
            if (buffer.length() > 0) {
                buffer.sep();
            }
            buffer.text(column);
        }
        buffer.endLine();
        rowStart = buffer.length();
    }

    /** The encoder of the file's charset, to pre-encode constant fields. */
    TextEncoder encoder() {
        return encoder;
    }

    /** The buffer the current row is appended to. */
    RowBytes row() {
        return buffer;
    }

    /** Ends the current row after checking its field count. */
    void endRow() throws IOException {
        int separators = buffer.endLine();
        if (separators != separatorsPerRow) {
            throw new IllegalStateException("La ligne " + (rows + 2) + " a " + (separators + 1) + " champs au lieu de "
                    + (separatorsPerRow + 1));
        }
        rows++;
        if (buffer.length() >= FLUSH_THRESHOLD) {
            out.write(buffer.data(), 0, buffer.length());
            buffer.reset();
        }
        rowStart = buffer.length();
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            buffer.truncate(rowStart);
            out.write(buffer.data(), 0, buffer.length());
            buffer.reset();
        }
    }
}
