package fr.dijon.observatoire.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Streaming check that a byte sequence is valid UTF-8, fed chunk by chunk. ASCII runs, the bulk of a French
 * CSV, are skipped eight bytes at a time; multi-byte sequences are checked byte by byte (overlong forms,
 * surrogates and code points above U+10FFFF are refused), including across chunk boundaries.
 */
final class Utf8Checker {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private boolean valid = true;
    /** Continuation bytes still expected by the current sequence, and the bounds of the next one. */
    private int pending;
    private int low = 0x80;
    private int high = 0xBF;

    void feed(byte[] bytes, int length) {
        if (!valid) {
            return;
        }
        int i = 0;
        while (i < length) {
            if (pending == 0) {
                while (i + 8 <= length && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                    i += 8;
                }
                if (i >= length) {
                    break;
                }
                int b = bytes[i++] & 0xFF;
                if (b < 0x80) {
                    continue;
                }
                if (!start(b)) {
                    valid = false;
                    return;
                }
            } else {
                int b = bytes[i++] & 0xFF;
                if (b < low || b > high) {
                    valid = false;
                    return;
                }
                low = 0x80;
                high = 0xBF;
                pending--;
            }
        }
    }

    private boolean start(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b == 0xE0) {
            pending = 2;
            low = 0xA0;
        } else if (b == 0xED) {
            pending = 2;
            high = 0x9F;
        } else if (b >= 0xE1 && b <= 0xEF) {
            pending = 2;
        } else if (b == 0xF0) {
            pending = 3;
            low = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            pending = 3;
        } else if (b == 0xF4) {
            pending = 3;
            high = 0x8F;
        } else {
            return false;
        }
        return true;
    }

    boolean finish() {
        return valid && pending == 0;
    }

    boolean stillValid() {
        return valid;
    }
}
