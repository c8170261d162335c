package fr.dijon.observatoire.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small RPLS file drawn at random from a seed: separator, encoding (UTF-8 with or without BOM, Windows-1252),
 * line ends (LF, CRLF or both), quoting (minimal or everywhere) and street names full of separators, quotes and
 * accents; optionally spoiled by one kind of garbage ({@link #SPOILS}). Plain Java over {@link Random}: the same
 * seed and spoil give the same bytes, so a failing case is replayed from the seed its message prints.
 */
final class GeneratedCsv {

    static final List<String> HEADER = List.of("DEPCOM", "LIBCOM", "NUMVOIE", "TYPVOIE", "NOMVOIE", "QPV_CODE",
            "NBPIECE", "SURFHAB", "CONSTRUCT", "FINAN_CODE");
    private static final String[] PIECES = {"DES GODRANS", "É", "œ", "’", "€", ";", ",", "\"", "  ", "ÇA", "l'Été",
        "Saint-Exupéry", "\"\"", "x"};

    /** The kinds of garbage, by index: what {@link #spoiled} puts into an otherwise clean file. */
    static final List<String> SPOILS = List.of("guillemet ouvert jamais fermé", "octet NUL en fin de ligne",
            "ligne d'octets au hasard", "dernière ligne coupée", "ligne trop courte");

    private static final List<String> ENCODINGS = List.of("UTF-8", "UTF-8 avec BOM", "Windows-1252");
    private static final List<String> LINE_ENDS = List.of("LF", "CRLF", "LF et CRLF mêlées");

    final List<String> streets = new ArrayList<>();
    final String description;
    final byte[] bytes;

    /**
     * The form of a file: its separator, its encoding (0 UTF-8, 1 UTF-8 with BOM, 2 Windows-1252) and its line ends
     * (0 LF, 1 CRLF, 2 both at random).
     */
    record Form(char separator, int encoding, int lineEnds) {

        /** How many forms {@link #covering} has: every encoding with every kind of line end, each once. */
        static final int COVERING = 9;

        static Form drawn(Random random) {
            return new Form(random.nextBoolean() ? ';' : ',', random.nextInt(3), random.nextInt(3));
        }

        /** The i-th of the {@link #COVERING} forms, whose separators alternate across encodings and line ends. */
        static Form covering(int i) {
            return new Form((i % 3 + i / 3) % 2 == 0 ? ';' : ',', i % 3, i / 3);
        }
    }

    /** A clean file of the given form (or one drawn from the seed when null): every row valid. */
    static GeneratedCsv clean(long seed, Form form) {
        return new GeneratedCsv(seed, form, -1);
    }

    /** A file of a form drawn from the seed, spoiled by the garbage {@code SPOILS.get(kind)} at a drawn line. */
    static GeneratedCsv spoiled(long seed, int kind) {
        return new GeneratedCsv(seed, null, kind);
    }

    private GeneratedCsv(long seed, Form form, int spoil) {
        Random random = new Random(seed);
        Form drawn = Form.drawn(random);
        if (form == null) {
            form = drawn;
        }
        char separator = form.separator();
        int encoding = form.encoding();
        Charset charset = encoding == 2 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
        int lineEnds = form.lineEnds();
        boolean quoteAll = random.nextInt(4) == 0;
        int rows = 3 + random.nextInt(40);
        List<String> lines = new ArrayList<>();
        lines.add(String.join(String.valueOf(separator), HEADER));
        for (int i = 0; i < rows; i++) {
            StringBuilder street = new StringBuilder("RUE");
            for (int k = random.nextInt(4); k > 0; k--) {
                street.append(' ').append(PIECES[random.nextInt(PIECES.length)]);
            }
            String name = street.toString().strip();
            streets.add(name);
            List<String> fields = List.of("21231", "Dijon", Integer.toString(1 + random.nextInt(120)), "RUE", name,
                    "", Integer.toString(1 + random.nextInt(6)), (20 + random.nextInt(80)) + "," + random.nextInt(10),
                    Integer.toString(1950 + random.nextInt(70)), "52");
            List<String> quoted = new ArrayList<>();
            for (String f : fields) {
                boolean quote = quoteAll || f.indexOf(separator) >= 0 || f.contains("\"") || f.startsWith(" ");
                quoted.add(quote ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
            }
            lines.add(String.join(String.valueOf(separator), quoted));
        }
        String garbage = "";
        if (spoil >= 0) {
            int at = 1 + random.nextInt(rows);
            switch (spoil) {
                case 0 -> lines.set(at, lines.get(at).replaceFirst(separator + "RUE" + separator,
                        separator + "\"RUE" + separator));
                case 1 -> lines.set(at, lines.get(at) + "\0");
                case 2 -> {
                    byte[] noise = new byte[1 + random.nextInt(40)];
                    random.nextBytes(noise);
                    lines.add(at, new String(noise, StandardCharsets.ISO_8859_1));
                }
                case 3 -> lines.set(lines.size() - 1, lines.get(lines.size() - 1)
                        .substring(0, random.nextInt(lines.get(lines.size() - 1).length())));
                case 4 -> lines.add(at, "21231" + separator + "Dijon");
                default -> throw new IllegalArgumentException("déchet inconnu : " + spoil);
            }
            garbage = ", " + SPOILS.get(spoil) + " ligne " + (at + 1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (encoding == 1) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        for (int i = 0; i < lines.size(); i++) {
            out.writeBytes(lines.get(i).getBytes(charset));
            boolean crlf = lineEnds == 1 || lineEnds == 2 && random.nextBoolean();
            if (i < lines.size() - 1 || random.nextInt(4) > 0) {
                out.writeBytes((crlf ? "\r\n" : "\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
        this.bytes = out.toByteArray();
        this.description = "graine " + seed + " : séparateur " + separator + ", " + ENCODINGS.get(encoding) + ", fins de "
                + "ligne " + LINE_ENDS.get(lineEnds) + (quoteAll ? ", tout entre guillemets" : "") + ", " + rows
                + " lignes" + garbage;
    }

    /** The number of lines of the file as a reader counts them (LF, CRLF or a lone CR end a line). */
    int lineCount() {
        int count = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                count++;
            }
        }
        return count;
    }

    /**
     * What an assertion prints: the seed, the drawn format and the generated file itself, with line ends, control
     * characters and bytes outside ASCII shown as escapes, so that every byte of the input is visible as it is.
     */
    String describe() {
        StringBuilder text = new StringBuilder(description).append("\n--- fichier généré ---\n");
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v == '\n') {
                text.append("\\n\n");
            } else if (v == '\r') {
                text.append("\\r");
            } else if (v < 0x20 || v >= 0x7F) {
                text.append(String.format("\\x%02X", v));
            } else {
                text.append((char) v);
            }
        }
        return text.append("\n--- fin ---").toString();
    }
}
