package fr.dijon.observatoire.ingest;

import java.nio.file.Path;

/**
 * A source file made ready for DuckDB's CSV reader: its sha256 (of the file as given, zip included), the CSV
 * to read (the original, the extracted entry, or a UTF-8 copy of a Windows-1252 file), its encoding, header and
 * number of lines (header included, for progress), and the shape an independent scan found (see
 * {@link CsvShape}).
 */
public record PreparedInput(Path source, String sha256, long sizeBytes, Path csv, TextEncoding encoding,
                            HeaderLine header, boolean zipped, long lines,
                            CsvShape shape) {

    public String fileName() {
        return FileNames.display(source);
    }

    public String sha8() {
        return sha256.substring(0, 8);
    }
}
