package fr.dijon.observatoire.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Converts Windows-1252 bytes to UTF-8 through a 256-entry table, streaming: ASCII bytes are copied as they are,
 * the others (é, œ, ’, €…) are replaced by their UTF-8 sequence. Much faster than a Reader/Writer pair.
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
        byte[] input = new byte[1 << 20];
        byte[] output = new byte[3 << 20];
        long done = 0;
        int n;
        while ((n = in.readNBytes(input, 0, input.length)) > 0) {
            int o = 0;
            for (int i = 0; i < n; i++) {
                byte b = input[i];
                if (b >= 0) {
                    output[o++] = b;
                } else {
                    byte[] sequence = UTF8[b & 0xFF];
                    for (byte s : sequence) {
                        output[o++] = s;
                    }
                }
            }
            out.write(output, 0, o);
            done += n;
            progress.accept(done);
        }
    }
}
