package fr.dijon.observatoire.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The encodings the observatory reads. ISO-8859-1 files are read as Windows-1252, its superset for text. */
public enum TextEncoding {
    UTF8_BOM("UTF-8 avec BOM", StandardCharsets.UTF_8),
    UTF8("UTF-8", StandardCharsets.UTF_8),
    WINDOWS_1252("Windows-1252 / ISO-8859-1", Charset.forName("windows-1252"));

    private final String label;
    private final Charset charset;

    TextEncoding(String label, Charset charset) {
        this.label = label;
        this.charset = charset;
    }

    public String label() {
        return label;
    }

    public Charset charset() {
        return charset;
    }

    public boolean readableByDuckDb() {
        return this != WINDOWS_1252;
    }
}
