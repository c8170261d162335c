package fr.dijon.observatoire.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the project's own small UTF-8 tables (reference data, catalogue), ';' or ',' separated. */
public final class ReferenceCsv {

    private ReferenceCsv() {
    }

    public static List<CSVRecord> read(Path file) throws IOException {
        String firstLine;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            firstLine = lines.findFirst().orElse("");
        }
        char delimiter = firstLine.contains(";") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        }
    }
}
