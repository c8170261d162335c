package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.format.Typography;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The console with the French typography of every other text the observatoire writes: each line of a message gets
 * the narrow no-break space before « : ; ? ! » and « % », and no-break spaces inside « » ({@link Typography}), as it
 * is written. Lines are typeset whole, so a message printed in pieces is typeset once; a line end, a carriage return
 * (progress lines) or a flush writes what is pending. Machine output (the CSV of {@code sql}) bypasses it.
 */
final class TypographicPrintStream extends PrintStream {

    private final OutputStream target;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    TypographicPrintStream(OutputStream target) {
        super(target, true, StandardCharsets.UTF_8);
        this.target = target;
    }

    /** Where machine output goes: the console itself, without typography (a CSV is data, not prose). */
    static OutputStream machine(PrintStream out) {
        return out instanceof TypographicPrintStream typeset ? typeset.target : out;
    }

    @Override
    public synchronized void write(int b) {
        line.write(b);
        if (b == '\n' || b == '\r') {
            flushLine();
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public synchronized void flush() {
        flushLine();
        try {
            target.flush();
        } catch (java.io.IOException e) {
            setError();
        }
    }

    private void flushLine() {
        if (line.size() == 0) {
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        try {
            target.write(Typography.apply(text).getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            setError();
        }
    }
}
