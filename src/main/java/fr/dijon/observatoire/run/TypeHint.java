package fr.dijon.observatoire.run;

import fr.dijon.observatoire.ingest.FileType;
import fr.dijon.observatoire.ingest.HeaderLine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The type of a file that could not be prepared (binary, truncated, unreadable archive), for the run report: from
 * its first line when that line is text and a recognisable header, else from its name (rpls…, ops…, partenaires…).
 * Never used to import anything: a file is imported only by the type its prepared header shows.
 */
public final class TypeHint {

    /** A type and whether it comes from the name only. */
    public record Hint(FileType type, boolean fromName) {
    }

    private static final int MAX_HEADER = 64 * 1024;

    private TypeHint() {
    }

    public static Hint of(Path file) {
        FileType fromHeader = fromFirstLine(file);
        if (fromHeader != null) {
            return new Hint(fromHeader, false);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (FileType type : FileType.values()) {
            if (name.startsWith(type.code())) {
                return new Hint(type, true);
            }
        }
        return new Hint(null, false);
    }

    private static FileType fromFirstLine(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MAX_HEADER);
        } catch (IOException e) {
            return null;
        }
        int end = 0;
        while (end < head.length && head[end] != '\n' && head[end] != '\r') {
            if (head[end] == 0) {
                return null;
            }
            end++;
        }
        if (end == 0 || end == head.length) {
            return null;
        }
        return FileType.detect(HeaderLine.parse(new String(head, 0, end, StandardCharsets.ISO_8859_1)));
    }
}
