package fr.dijon.observatoire.sample;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * Encodes field values to bytes in the output charset. ASCII is copied as is; any other character
 * is encoded once by the charset's encoder and cached. A value containing ';', a quote or a line
 * break, or a character the charset cannot encode, is refused: the file has no quoting.
 */
final class TextEncoder {

    private final Charset charset;
    private final CharsetEncoder encoder;
    private final byte[][] cache = new byte[Character.MAX_VALUE + 1][];

    TextEncoder(Charset charset) {
        this.charset = charset;
        this.encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        if (!encoder.canEncode("azAZ09;,/'-") || encoder.maxBytesPerChar() > 4) {
            throw new IllegalArgumentException("Jeu de caractères non pris en charge : " + charset);
        }
    }

    /** Appends {@code value}, a single field value, to {@code out}. */
    void append(String value, RowBytes out) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c == ';' || c == '"' || c == '\r' || c == '\n') {
                    throw new IllegalArgumentException("Caractère interdit dans une valeur : " + value);
                }
                out.ascii(c);
            } else {
                byte[] bytes = cache[c];
                if (bytes == null) {
                    bytes = encode(c, value);
                    cache[c] = bytes;
                }
                out.raw(bytes);
            }
        }
    }

    private byte[] encode(char c, String value) {
        try {
            if (Character.isSurrogate(c)) {
                throw new CharacterCodingException();
            }
            encoder.reset();
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(new char[] {c}));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("Caractère « " + c + " » impossible à écrire en " + charset + " dans : "
                    + value, e);
        }
    }
}
