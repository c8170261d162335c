package fr.dijon.observatoire.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Streaming check that a byte sequence is valid UTF-8, fed chunk by chunk. */
final class Utf8Checker {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer sink = CharBuffer.allocate(1 << 16);
    private ByteBuffer pending = ByteBuffer.allocate(0);
    private boolean valid = true;

    void feed(byte[] bytes, int length) {
        if (!valid) {
            return;
        }
        ByteBuffer in;
        if (pending.hasRemaining()) {
            in = ByteBuffer.allocate(pending.remaining() + length);
            in.put(pending).put(bytes, 0, length).flip();
        } else {
            in = ByteBuffer.wrap(bytes, 0, length);
        }
        while (true) {
            sink.clear();
            CoderResult result = decoder.decode(in, sink, false);
            if (result.isError()) {
                valid = false;
                return;
            }
            if (result.isUnderflow()) {
                break;
            }
        }
        pending = in.hasRemaining() ? ByteBuffer.allocate(in.remaining()).put(in).flip() : ByteBuffer.allocate(0);
    }

    boolean finish() {
        if (valid && pending.hasRemaining()) {
            valid = false;
        }
        return valid;
    }

    boolean stillValid() {
        return valid;
    }
}
