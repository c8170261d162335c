package fr.dijon.observatoire.sample;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Programme names (IMMEU) in the upper-case, unaccented style of landlords' files, such as
 * "RESIDENCE LES TILLEULS" or "CITE DES GRESILLES". Names from {@link #next} are unique within a commune once a
 * leading RESIDENCE/RES/IMMEUBLE/GROUPE is ignored (the importer ignores it too); the common names of
 * {@link #recurring} are given again to estates far from their homonyms, as in real cities.
 */
final class ProgrammeNames {

    private static final List<String> PLURALS = List.of(
            "LES TILLEULS", "LES ACACIAS", "LES PEUPLIERS", "LES MARRONNIERS", "LES PLATANES", "LES CHENES",
            "LES BOULEAUX", "LES CERISIERS", "LES LILAS", "LES GLYCINES", "LES IRIS", "LES CAPUCINES",
            "LES ROSIERS", "LES SAULES", "LES ERABLES", "LES CHARMILLES", "LES VIGNES", "LES TONNELIERS",
            "LES COTEAUX", "LES ALOUETTES", "LES HIRONDELLES", "LES MESANGES", "LES PERVENCHES", "LES CEDRES",
            "LES MIMOSAS", "LES NOISETIERS", "LES AUBEPINES", "LES JONQUILLES", "LES VERGERS", "LES PRES");
    private static final List<String> PEOPLE = List.of(
            "VICTOR HUGO", "JEAN MOULIN", "GUSTAVE EIFFEL", "LOUISE MICHEL", "COLETTE", "PASTEUR", "MARIE CURIE",
            "SAINT-EXUPERY", "ALBERT CAMUS", "GEORGE SAND", "JULES VERNE", "LAMARTINE", "RABELAIS", "BUFFON",
            "LAZARE CARNOT", "GASTON BACHELARD", "FRANCOIS RUDE", "HENRI VINCENOT", "SIMONE VEIL", "JEAN ZAY");
    private static final List<String> PLACES = List.of(
            "DU LAC", "DU PARC", "DE LA FONTAINE", "DU CHATEAU", "DES VERGERS", "DU MOULIN", "DE LA COMBE",
            "DES CARRIERES", "DU CANAL", "DE L'OUCHE", "DE LA TILLE", "DES ROCHES", "DU BELVEDERE",
            "DE LA MONTAGNE", "DES CHAMPS", "DU VAL", "DE LA SOURCE", "DU CLOS", "SAINT-MARTIN", "DES BRUYERES");
    private static final List<String> PLACE_PREFIXES = List.of(
            "LES JARDINS ", "LE CLOS ", "LES TERRASSES ", "LE HAMEAU ", "LE DOMAINE ", "LES HAUTS ", "LE PARC ");
    /** Names real cities give to several estates: the importer must keep those far apart separate. */
    private static final List<String> COMMON = List.of(
            "RESIDENCE LE PARC", "RESIDENCE LES TILLEULS", "LES JARDINS", "RESIDENCE DU CENTRE", "LES ACACIAS",
            "RESIDENCE LES LILAS", "LE CLOS DU MOULIN", "RESIDENCE LES PEUPLIERS");
    /** Homonym estates are at least this far apart (the importer's default clustering distance is 200 m). */
    static final double HOMONYM_MIN_DISTANCE_M = 600;
    private static final String[] ROMAN = {"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    /**
     * A new programme name, recorded in {@code usedKeys} (the names already used in the commune).
     * The first programme of a QPV is named after the QPV ("CITE DES GRESILLES").
     */
    String next(Qpv qpv, Set<String> usedKeys, SeededRandom random) {
        if (qpv != null) {
            String estate = estateName(qpv);
            if (usedKeys.add(key(estate))) {
                return estate;
            }
        }
        String candidate = candidate(random);
        for (int attempt = 0; attempt < 20 && usedKeys.contains(key(candidate)); attempt++) {
            candidate = candidate(random);
        }
        String base = candidate;
        for (int i = 0; usedKeys.contains(key(candidate)); i++) {
            candidate = base + " " + (i < ROMAN.length ? ROMAN[i] : Integer.toString(i + 2));
        }
        usedKeys.add(key(candidate));
        return candidate;
    }

    /**
     * A common name that no building within {@link #HOMONYM_MIN_DISTANCE_M} of {@code buildings} already bears,
     * or null when every common name is taken nearby.
     */
    String recurring(CommuneProgrammes commune, List<Residence> buildings, SeededRandom random) {
        int start = random.nextInt(COMMON.size());
        for (int i = 0; i < COMMON.size(); i++) {
            String name = COMMON.get((start + i) % COMMON.size());
            if (commune.farFromHomonyms(name, buildings, HOMONYM_MIN_DISTANCE_M)) {
                return name;
            }
        }
        return null;
    }

    private static String candidate(SeededRandom random) {
        double u = random.nextDouble();
        if (u < 0.45) {
            return "RESIDENCE " + random.pick(PLURALS);
        }
        if (u < 0.70) {
            return "RESIDENCE " + random.pick(PEOPLE);
        }
        return random.pick(PLACE_PREFIXES) + random.pick(PLACES);
    }

    /** "Les Grésilles" → "CITE DES GRESILLES", "Le Mail" → "CITE DU MAIL". */
    static String estateName(Qpv qpv) {
        String upper = qpv.name().replace('’', '\'').toUpperCase(Locale.ROOT);
        String name = Normalizer.normalize(upper, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (name.startsWith("LES ")) {
            return "CITE DES " + name.substring(4);
        }
        if (name.startsWith("LE ")) {
            return "CITE DU " + name.substring(3);
        }
        if (name.startsWith("LA ")) {
            return "CITE DE LA " + name.substring(3);
        }
        return "CITE " + name;
    }

    /** Uniqueness key: the name without a leading RESIDENCE, RES, IMMEUBLE or GROUPE. */
    static String key(String name) {
        return name.replaceFirst("^(RESIDENCE|RES|IMMEUBLE|GROUPE) ", "");
    }
}
