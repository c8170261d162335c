package fr.dijon.observatoire.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Rewrites a CSV for DuckDB's reader, streaming: converts Windows-1252 bytes to UTF-8 through a 256-entry table
 * (ASCII bytes are copied as they are, é, œ, ’, € … get their UTF-8 sequence), and, for files mixing CRLF and LF
 * line ends, drops the CR of every CRLF so that all lines end alike. Much faster than a Reader/Writer pair.
 */
final class Windows1252Transcoder {

    private static final byte[][] UTF8 = new byte[256][];

    static {
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0; b < 256; b++) {
            String decoded = cp1252.decode(ByteBuffer.wrap(new byte[] {(byte) b})).toString();
            UTF8[b] = decoded.getBytes(StandardCharsets.UTF_8);
        }
    }

    private Windows1252Transcoder() {
    }

    /** Copies {@code in} to {@code out}, converting; calls {@code progress} with the bytes read so far. */
    static void transcode(InputStream in, OutputStream out, java.util.function.LongConsumer progress)
            throws IOException {
        rewrite(in, out, true, false, progress);
    }

    /**
     * @param fromCp1252 convert Windows-1252 to UTF-8 (else bytes are copied)
     * @param lfOnly     drop the CR of each CRLF
     */
    static void rewrite(InputStream in, OutputStream out, boolean fromCp1252, boolean lfOnly,
                        java.util.function.LongConsumer progress) throws IOException {
        byte[] input = new byte[1 << 20];
        byte[] output = new byte[(3 << 20) + 1];
        long done = 0;
        boolean pendingCr = false;
        int n;
        while ((n = in.readNBytes(input, 0, input.length)) > 0) {
            int o = 0;
            for (int i = 0; i < n; i++) {
                byte b = input[i];
                if (pendingCr) {
                    pendingCr = false;
                    if (b != '\n') {
                        output[o++] = '\r';
                    }
                }
                if (b == '\r' && lfOnly) {
                    pendingCr = true;
                } else if (b >= 0 || !fromCp1252) {
                    output[o++] = b;
                } else {
                    for (byte s : UTF8[b & 0xFF]) {
                        output[o++] = s;
                    }
                }
            }
            out.write(output, 0, o);
            done += n;
            progress.accept(done);
        }
        if (pendingCr) {
            out.write('\r');
        }
    }
}
