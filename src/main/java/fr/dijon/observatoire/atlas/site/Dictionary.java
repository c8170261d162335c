package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.publication.PublishedDictionary;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The indicator dictionary of the atlas: label, unit, definition and source of each territorial indicator and
 * fragility component, as the period's publication documents them (mart_dictionnaire, from the schema files: the
 * codes of mart_territoire.indicateur, then those of mart_residence_composante.composante that are not indicators).
 */
public record Dictionary(Map<String, Entry> entries) {

    public record Entry(String code, String label, String unit, String definition, String source) {

        public boolean share() {
            return "%".equals(unit);
        }
    }

    public static Dictionary of(PublishedDictionary published) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (PublishedDictionary.Entry e : published.indicators()) {
            entries.put(e.code(), entry(e));
        }
        for (PublishedDictionary.Entry e : published.components()) {
            entries.putIfAbsent(e.code(), entry(e));
        }
        return new Dictionary(entries);
    }

    private static Entry entry(PublishedDictionary.Entry e) {
        return new Entry(e.code(), e.label(), e.unit(), e.definition(), e.source());
    }

    public Entry get(String code) {
        return entries.getOrDefault(code, new Entry(code, code, "", "", ""));
    }
}
