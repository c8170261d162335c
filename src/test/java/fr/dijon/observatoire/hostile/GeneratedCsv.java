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
 * accents; optionally spoiled by garbage (a stray quote, a NUL, random bytes, a cut last line, a short line).
 * Plain Java over {@link Random}, so that any property-test engine can drive it.
 */
final class GeneratedCsv {

    static final List<String> HEADER = List.of("DEPCOM", "LIBCOM", "NUMVOIE", "TYPVOIE", "NOMVOIE", "QPV_CODE",
            "NBPIECE", "SURFHAB", "CONSTRUCT", "FINAN_CODE");
    private static final String[] PIECES = {"DES GODRANS", "É", "œ", "’", "€", ";", ",", "\"", "  ", "ÇA", "l'Été",
        "Saint-Exupéry", "\"\"", "x"};

    final List<String> streets = new ArrayList<>();
    final String description;
    final byte[] bytes;
    final boolean spoiled;

    GeneratedCsv(long seed, boolean spoil) {
        Random random = new Random(seed);
        char separator = random.nextBoolean() ? ';' : ',';
        int encoding = random.nextInt(3);
        Charset charset = encoding == 2 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
        int lineEnds = random.nextInt(3);
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
        if (spoil) {
            int kind = random.nextInt(5);
            int at = 1 + random.nextInt(rows);
            switch (kind) {
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
                default -> lines.add(at, "21231" + separator + "Dijon");
            }
            garbage = ", déchet " + kind + " ligne " + (at + 1);
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
        this.spoiled = spoil;
        this.description = "graine " + seed + " : séparateur " + separator + ", encodage " + encoding + ", fins "
                + lineEnds + ", " + rows + " lignes" + garbage;
    }
}
