package fr.dijon.observatoire.ingest.rpls;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small hand-made RPLS files for tests, in either SDES layout, any separator, encoding and line ending.
 * Every row starts from plausible defaults (a T3 in Dijon) that a test overrides by column name.
 */
public final class RplsFixture {

    static final List<String> MODERN = List.of("REG_CODE", "DEP_CODE", "EPCI_CODE", "DEPCOM", "LIBCOM", "NUMVOIE",
            "INDREP", "TYPVOIE", "NOMVOIE", "COMPLGEO", "IMMEU", "QPV_CODE", "QPV_LIBELLE", "TYPECONST_CODE",
            "NBPIECE", "SURFHAB", "CONSTRUCT", "LOCAT", "FINAN_CODE", "FINAN_LIBELLE", "CONV", "DATCONV", "DPEDATE",
            "DPEENERGIE", "DPESERRE", "PMR_CODE", "EPSG", "X", "Y");
    static final List<String> LOI = List.of("IDENT_REP", "RS", "MODE", "BAIL", "LOYERPRINC", "LOYERACC", "LOYERMAXAPL");
    static final List<String> OLD = List.of("REG", "DEP", "LIBDEP", "DEPCOM", "CODEPOSTAL", "LIBCOM", "NUMVOIE",
            "INDREP", "TYPVOIE", "NOMVOIE", "NUMAPPT", "NUMBOITE", "ESC", "COULOIR", "ETAGE", "COMPLIDENT", "ENTREE",
            "BAT", "IMMEU", "COMPLGEO", "LIEUDIT", "QPV", "TYPECONST", "NBPIECE", "SURFHAB", "CONSTRUCT", "LOCAT",
            "PATRIMOINE", "ORIGINE", "FINAN", "DATCONV", "NEWLOGT", "CUS", "DPEENERGIE", "DPESERRE", "SRU_EXPIR",
            "SRU_ALINEA", "CODSEGPATRIM", "X", "Y", "EPSG");

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("REG_CODE", "27"), Map.entry("REG", "27"), Map.entry("DEP_CODE", "21"), Map.entry("DEP", "21"),
            Map.entry("LIBDEP", "Côte-d'Or"), Map.entry("EPCI_CODE", "242100410"), Map.entry("DEPCOM", "21231"),
            Map.entry("LIBCOM", "Dijon"), Map.entry("CODEPOSTAL", "21000"), Map.entry("NUMVOIE", "12"),
            Map.entry("TYPVOIE", "RUE"), Map.entry("NOMVOIE", "DES GODRANS"), Map.entry("QPV", "2"),
            Map.entry("TYPECONST_CODE", "C"), Map.entry("TYPECONST", "C"), Map.entry("NBPIECE", "3"),
            Map.entry("SURFHAB", "64,5"), Map.entry("CONSTRUCT", "1972"), Map.entry("LOCAT", "1973"),
            Map.entry("PATRIMOINE", "1973"), Map.entry("FINAN_CODE", "52"), Map.entry("FINAN", "52"),
            Map.entry("FINAN_LIBELLE", "HLM/O"), Map.entry("CONV", "1"), Map.entry("DATCONV", "15/03/1995"),
            Map.entry("DPEDATE", "06/2021"), Map.entry("DPEENERGIE", "D"), Map.entry("DPESERRE", "E"),
            Map.entry("PMR_CODE", "2"), Map.entry("EPSG", "2154"), Map.entry("X", "853512,40"),
            Map.entry("Y", "6694011,80"), Map.entry("RS", "GRAND DIJON HABITAT"), Map.entry("MODE", "1"),
            Map.entry("BAIL", "01/09/2015"), Map.entry("LOYERPRINC", "325,40"), Map.entry("LOYERACC", "999"),
            Map.entry("LOYERMAXAPL", "420,00"));

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> rawLines = new ArrayList<>();
    private String separator = ";";
    private String newline = "\r\n";
    private Charset charset = StandardCharsets.UTF_8;
    private boolean bom = true;

    RplsFixture(List<String> header) {
        this.header = header;
    }

    public static RplsFixture modern(boolean loi) {
        List<String> header = new ArrayList<>(MODERN);
        if (loi) {
            header.addAll(LOI);
        }
        return new RplsFixture(header);
    }

    public static RplsFixture old() {
        return new RplsFixture(OLD);
    }

    public RplsFixture separator(String separator) {
        this.separator = separator;
        return this;
    }

    public RplsFixture lf() {
        this.newline = "\n";
        return this;
    }

    public RplsFixture encoding(Charset charset, boolean bom) {
        this.charset = charset;
        this.bom = bom;
        return this;
    }

    /** Adds {@code count} default rows, numbered so that each dwelling has its own IDENT_REP. */
    public RplsFixture rows(int count) {
        for (int i = 0; i < count; i++) {
            row(Map.of("IDENT_REP", String.format("D%09d", rows.size())));
        }
        return this;
    }

    public RplsFixture row(Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String column : header) {
            values.put(column, overrides.getOrDefault(column, DEFAULTS.getOrDefault(column.toUpperCase(java.util.Locale.ROOT), "")));
        }
        List<String> fields = new ArrayList<>();
        for (String column : header) {
            fields.add(quote(values.get(column)));
        }
        rows.add(fields);
        rawLines.add(null);
        return this;
    }

    /** Adds a line written as is (for malformed records). */
    public RplsFixture rawLine(String line) {
        rows.add(null);
        rawLines.add(line);
        return this;
    }

    private String quote(String value) {
        if (value.contains(separator) || value.contains("\"")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    public Path write(Path file) throws IOException {
        StringBuilder text = new StringBuilder(String.join(separator, header)).append(newline);
        for (int i = 0; i < rows.size(); i++) {
            text.append(rows.get(i) == null ? rawLines.get(i) : String.join(separator, rows.get(i))).append(newline);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(text.toString().getBytes(charset));
        }
        return file;
    }

    /** Writes the fixture as {@code dir/name} and imports it as the RPLS of {@code millesime}. */
    public fr.dijon.observatoire.ingest.ImportReport importInto(java.sql.Connection c, Path dir, String name,
                                                                 int millesime) throws Exception {
        return importFile(c, dir, write(dir.resolve(name)), millesime,
                fr.dijon.observatoire.ingest.LoadCheckpoint.NONE);
    }

    /** Imports an RPLS file the way the import command does (rejects under {@code dir/rejets}, 1 % threshold). */
    public static fr.dijon.observatoire.ingest.ImportReport importFile(java.sql.Connection c, Path dir, Path file,
            int millesime, fr.dijon.observatoire.ingest.LoadCheckpoint checkpoint) throws Exception {
        fr.dijon.observatoire.ingest.LoadProgress none = fr.dijon.observatoire.ingest.LoadProgress.NONE;
        return new RplsImporter().importFile(c,
                new fr.dijon.observatoire.ingest.InputPreparer(dir.resolve("tmp"), none).prepare(file),
                new RplsImportOptions(millesime, 0.01, dir.resolve("rejets"), none, checkpoint));
    }
}
