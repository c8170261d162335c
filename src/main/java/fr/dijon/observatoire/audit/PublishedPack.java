package fr.dijon.observatoire.audit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CIL pack as a reader of the published files sees it: its CSV tables (French Excel format: BOM, « ; »,
 * decimal comma), each row a map of column to text. Nothing here knows how the pack was made.
 */
public final class PublishedPack {

    private final Path file;
    private final Map<String, List<Map<String, String>>> tables = new HashMap<>();

    private PublishedPack(Path file) {
        this.file = file;
    }

    public static PublishedPack read(Path zip) throws IOException {
        PublishedPack pack = new PublishedPack(zip);
        try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                if (e.getName().endsWith(".csv")) {
                    try (Reader r = new InputStreamReader(z.getInputStream(e), StandardCharsets.UTF_8)) {
                        pack.tables.put(e.getName(), parse(r));
                    }
                }
            }
        }
        return pack;
    }

    private static List<Map<String, String>> parse(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
            for (CSVRecord r : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < r.size(); i++) {
                    row.put(header.get(i), r.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    public Path file() {
        return file;
    }

    public List<Map<String, String>> table(String name) {
        return tables.getOrDefault(name, List.of());
    }

    public boolean has(String name) {
        return tables.containsKey(name);
    }

    /** A published number (decimal comma), or null when the cell is empty or « s ». */
    public static Double number(String cell) {
        if (cell == null || cell.isBlank() || cell.strip().equals("s")) {
            return null;
        }
        String text = cell.strip().replace('\u202F', ' ').replace(" ", "").replace(',', '.');
        if (text.startsWith("'")) {
            text = text.substring(1);
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
