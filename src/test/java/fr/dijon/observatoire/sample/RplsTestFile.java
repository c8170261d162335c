package fr.dijon.observatoire.sample;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A generated RPLS file read back for assertions: raw bytes, header and rows split on ';'. */
final class RplsTestFile {

    final byte[] bytes;
    final boolean bom;
    final String text;
    final List<String> header;
    final List<String[]> rows;

    private RplsTestFile(byte[] bytes, boolean bom, String text, List<String> header, List<String[]> rows) {
        this.bytes = bytes;
        this.bom = bom;
        this.text = text;
        this.header = header;
        this.rows = rows;
    }

    /** Reads with a strict decoder (malformed bytes fail); lines must end with CRLF. */
    static RplsTestFile read(Path file, Charset charset) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        int start = bom ? 3 : 0;
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        if (!text.endsWith("\r\n")) {
            throw new AssertionError("file does not end with CRLF");
        }
        String[] lines = text.substring(0, text.length() - 2).split("\r\n", -1);
        List<String> header = List.of(lines[0].split(";", -1));
        List<String[]> rows = new ArrayList<>(lines.length - 1);
        for (int i = 1; i < lines.length; i++) {
            rows.add(lines[i].split(";", -1));
        }
        return new RplsTestFile(bytes, bom, text, header, rows);
    }

    int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new AssertionError("no column " + name + " in " + header);
        }
        return index;
    }

    String value(String[] row, String column) {
        return row[column(column)];
    }

    static double decimal(String value) {
        return Double.parseDouble(value.replace(',', '.'));
    }

    static String key(String[] row, int... columns) {
        return String.join("|", Arrays.stream(columns).mapToObj(i -> row[i]).toList());
    }
}
