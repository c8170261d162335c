package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.reference.ReferenceCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** The indicator dictionary ({@code jobs/dictionnaire-indicateurs.csv}): label, unit, definition and source. */
public record Dictionary(Map<String, Entry> entries) {

    public record Entry(String code, String label, String unit, String definition, String source) {

        public boolean share() {
            return "%".equals(unit);
        }
    }

    public static Dictionary read(Path jobsDir) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (CSVRecord r : ReferenceCsv.read(jobsDir.resolve("dictionnaire-indicateurs.csv"))) {
            entries.put(r.get("code"), new Entry(r.get("code"), r.get("libelle"), r.get("unite"), r.get("definition"),
                    r.get("source")));
        }
        return new Dictionary(entries);
    }

    public Entry get(String code) {
        return entries.getOrDefault(code, new Entry(code, code, "", "", ""));
    }
}
