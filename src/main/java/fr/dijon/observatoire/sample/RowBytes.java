package fr.dijon.observatoire.sample;

import java.util.Arrays;

/**
 * A growable byte buffer in which RPLS rows are assembled directly in the output charset: field
 * separators are counted as they are appended, numbers are written as ASCII digits in the file's
 * notation (decimal comma, dd/mm/yyyy dates, MM/yyyy months), and texts go through the
 * {@link TextEncoder}. No String is created per row.
 */
final class RowBytes {

    private final TextEncoder encoder;
    private byte[] data;
    private int length;
    private int separators;

    RowBytes(TextEncoder encoder, int capacity) {
        this.encoder = encoder;
        this.data = new byte[capacity];
    }

    /** Field separator. */
    RowBytes sep() {
        ensure(1);
        data[length++] = ';';
        separators++;
        return this;
    }

    /** A text value (no separator). */
    RowBytes text(String value) {
        encoder.append(value, this);
        return this;
    }

    /** Pre-encoded fields. */
    RowBytes fields(EncodedFields fields) {
        raw(fields.bytes());
        separators += fields.separators();
        return this;
    }

    /** One ASCII character that is not a separator. */
    RowBytes ascii(char c) {
        ensure(1);
        data[length++] = (byte) c;
        return this;
    }

    void raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, data, length, bytes.length);
        length += bytes.length;
    }

    /** Integer in plain digits. */
    RowBytes number(long value) {
        if (value < 0) {
            ascii('-');
            value = -value;
        }
        ensure(20);
        if (value < 10) {
            data[length++] = (byte) ('0' + value);
            return this;
        }
        int digits = 0;
        for (long v = value; v > 0; v /= 10) {
            digits++;
        }
        for (int i = length + digits - 1; i >= length; i--) {
            data[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += digits;
        return this;
    }

    /** Non-negative integer left-padded with zeros to {@code width} digits. */
    RowBytes padded(long value, int width) {
        long limit = 10;
        for (int digits = 1; digits < width; digits++) {
            if (value < limit) {
                ascii('0');
            }
            limit *= 10;
        }
        return number(value);
    }

    /** Amount with exactly two decimals and a decimal comma, e.g. {@code 352,07}. */
    RowBytes amount(double value) {
        return hundredths(Math.round(value * 100), false);
    }

    /**
     * A value given in hundredths, with a decimal comma: always two decimals, or with
     * {@code trimZeros} the shortest form ({@code 64}, {@code 64,5}, {@code 64,25}).
     */
    RowBytes hundredths(long hundredths, boolean trimZeros) {
        if (hundredths < 0) {
            ascii('-');
            hundredths = -hundredths;
        }
        number(hundredths / 100);
        int fraction = (int) (hundredths % 100);
        if (trimZeros && fraction == 0) {
            return this;
        }
        ascii(',');
        if (trimZeros && fraction % 10 == 0) {
            return ascii((char) ('0' + fraction / 10));
        }
        return padded(fraction, 2);
    }

    /** Date as dd/mm/yyyy. */
    RowBytes date(int day, int month, int year) {
        return padded(day, 2).ascii('/').padded(month, 2).ascii('/').number(year);
    }

    /** Month as MM/yyyy. */
    RowBytes monthYear(int month, int year) {
        return padded(month, 2).ascii('/').number(year);
    }

    /** Line ending (CRLF); returns the number of separators since the previous line ending. */
    int endLine() {
        ensure(2);
        data[length++] = '\r';
        data[length++] = '\n';
        int count = separators;
        separators = 0;
        return count;
    }

    /** The fields appended since the last reset, as {@link EncodedFields}; then resets. */
    EncodedFields takeFields() {
        EncodedFields fields = new EncodedFields(Arrays.copyOf(data, length), separators);
        reset();
        return fields;
    }

    int length() {
        return length;
    }

    byte[] data() {
        return data;
    }

    void reset() {
        length = 0;
        separators = 0;
    }

    /** Drops everything after {@code newLength} (used to discard an unfinished row). */
    void truncate(int newLength) {
        length = newLength;
        separators = 0;
    }

    private void ensure(int extra) {
        if (length + extra > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, length + extra));
        }
    }
}
