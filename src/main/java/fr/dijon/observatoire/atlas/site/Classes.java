package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.atlas.AtlasData;
import java.util.List;

/**
 * How the atlas names and colours the classes of a residence. « À surveiller » is a class of its own everywhere:
 * the marts' « accessible et non fragile » is shown as « accessible et équilibrée » or « accessible, à surveiller »
 * from the published fragility class (a function of published values only).
 */
public final class Classes {

    public static final String BALANCED = "accessible et équilibrée";
    public static final String WATCH = "accessible, à surveiller";
    public static final String FRAGILE = "accessible mais fragile";
    public static final String NOT_ACCESSIBLE = "peu ou partiellement accessible";
    public static final String UNKNOWN = "occupation non renseignée";
    public static final String SECRET = "occupation couverte par le secret statistique";

    /** The crossed classes in legend order. */
    public static final List<String> CROSSING = List.of(BALANCED, WATCH, FRAGILE, NOT_ACCESSIBLE, UNKNOWN, SECRET);
    public static final List<String> FRAGILITY = List.of("équilibrée", "à surveiller", "fragile", "s", "non renseignée");
    public static final List<String> ACCESSIBILITY = List.of("accessible aux ménages les plus modestes",
            "partiellement accessible", "peu accessible");

    private Classes() {
    }

    public static String crossing(AtlasData.Residence r) {
        if ("accessible et non fragile".equals(r.crossing())) {
            return "à surveiller".equals(r.fragilityClass()) ? WATCH : BALANCED;
        }
        return r.crossing();
    }

    public static String fragility(AtlasData.Residence r) {
        if (r.fragilitySecret() != null) {
            return "s";
        }
        return r.fragilityClass() == null ? "non renseignée" : r.fragilityClass();
    }

    /** CSS class of a class label (its colour in pages, the same as on the maps). */
    public static String css(String label) {
        if (label == null) {
            return "cl-inconnue";
        }
        return switch (label) {
            case BALANCED, "équilibrée", "accessible et non fragile" -> "cl-equilibree";
            case WATCH, "à surveiller" -> "cl-surveiller";
            case FRAGILE, "fragile" -> "cl-fragile";
            case NOT_ACCESSIBLE, "peu accessible" -> "cl-peu";
            case "partiellement accessible" -> "cl-partiel";
            case "accessible aux ménages les plus modestes" -> "cl-accessible";
            case SECRET, "s" -> "cl-secret";
            default -> "cl-inconnue";
        };
    }
}
