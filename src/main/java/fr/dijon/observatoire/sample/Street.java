package fr.dijon.observatoire.sample;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * A street: TYPVOIE code (RUE, AV, BD…), NOMVOIE as landlords write it (accents, apostrophes) and
 * PLG_VOIE, the label a geocoder returns (full type word, upper case, no accents).
 */
record Street(String typeCode, String name, String geocodedLabel) {

    private static final Map<String, String> TYPE_WORDS = Map.ofEntries(
            Map.entry("RUE", "RUE"), Map.entry("AV", "AVENUE"), Map.entry("BD", "BOULEVARD"),
            Map.entry("ALL", "ALLEE"), Map.entry("PL", "PLACE"), Map.entry("IMP", "IMPASSE"),
            Map.entry("CHE", "CHEMIN"), Map.entry("RTE", "ROUTE"), Map.entry("QUAI", "QUAI"),
            Map.entry("SQ", "SQUARE"), Map.entry("CRS", "COURS"), Map.entry("PROM", "PROMENADE"),
            Map.entry("RES", "RESIDENCE"), Map.entry("CITE", "CITE"), Map.entry("FG", "FAUBOURG"));

    /** Parses {@code "RUE|de la Liberté"}. */
    static Street parse(String entry) {
        int bar = entry.indexOf('|');
        String type = entry.substring(0, bar);
        String name = entry.substring(bar + 1);
        String word = TYPE_WORDS.get(type);
        if (word == null || name.isBlank() || name.indexOf(';') >= 0 || name.indexOf('"') >= 0) {
            throw new IllegalArgumentException("bad street entry: " + entry);
        }
        return new Street(type, name, word + " " + plain(name));
    }

    /** Upper case, accents removed, Œ → OE, apostrophes and hyphens → spaces. */
    static String plain(String text) {
        String upper = text.replace("œ", "oe").replace("Œ", "OE").toUpperCase(Locale.ROOT);
        String noAccents = Normalizer.normalize(upper, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.replaceAll("['’\\-]", " ").replaceAll(" +", " ").trim();
    }
}
