package fr.dijon.observatoire.ingest;

import java.nio.file.Path;

/**
 * File names as they are shown in messages and used in derived file names. A name may hold anything but '/' and
 * NUL: line ends, tabulations or escape sequences would break a message or a terminal, so control characters are
 * shown as {@code \n}, {@code \t} or {@code \u001b}.
 */
public final class FileNames {

    private FileNames() {
    }

    /** The file's name (last path element), printable. */
    public static String display(Path file) {
        Path name = file.getFileName();
        return display(name == null ? file.toString() : name.toString());
    }

    /** The whole path, printable. */
    public static String displayPath(Path file) {
        return display(file.toString());
    }

    public static String display(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                        out.append(String.format("\\u%04x", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    /** The file's name with every control character replaced by '_', for names of files derived from it. */
    public static String safe(Path file) {
        Path name = file.getFileName();
        return (name == null ? file.toString() : name.toString()).replaceAll("[\\p{Cntrl}\\p{Cf}/\\\\]", "_");
    }
}
