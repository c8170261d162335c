package fr.dijon.observatoire.atlas.graphics;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.dijon.observatoire.format.FrenchNumbers;

/** The classes of the residences on a {@link DotMap}: their legend order, colours and French counts. */
final class DotCategories {

    private DotCategories() {
    }

    /** Order of the known classes in the legend; other categories follow in order of appearance. */
    static final List<String> CLASS_ORDER = List.of(
            "accessible et équilibrée", "accessible, à surveiller", "accessible et non fragile", "accessible mais fragile",
            "peu ou partiellement accessible", "accessible aux ménages les plus modestes", "partiellement accessible",
            "peu accessible", "équilibrée", "à surveiller", "fragile", "occupation non renseignée",
            "occupation couverte par le secret statistique");
    static final String NO_CATEGORY = "non renseigné";

    /** Each known class by its normalised spelling (case and accents aside). */
    private static final Map<String, String> KNOWN = CLASS_ORDER.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(DotCategories::normalise, known -> known));

    /** The legend key of a category: its known class whatever its case and accents, else the category itself. */
    static String categoryKey(String category) {
        if (category == null || category.isBlank()) {
            return NO_CATEGORY;
        }
        return KNOWN.getOrDefault(normalise(category), category.strip());
    }

    private static String normalise(String s) {
        return java.text.Normalizer.normalize(s.strip().toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    /** Colour of a category: the class colour, or an Okabe-Ito colour for unknown categories. */
    static Map<String, Color> colours(List<ResidencePoint> points) {
        Map<String, Color> colours = new LinkedHashMap<>();
        int unknown = 0;
        List<String> categories = new ArrayList<>();
        for (ResidencePoint p : points) {
            String key = categoryKey(p.category());
            if (!categories.contains(key)) {
                categories.add(key);
            }
        }
        for (String key : categories) {
            if (AtlasPalette.isKnownClass(key)) {
                colours.put(key, AtlasPalette.classColour(key));
            } else {
                colours.put(key, AtlasPalette.OKABE_ITO.get(Math.floorMod(6 + unknown++, AtlasPalette.OKABE_ITO.size())));
            }
        }
        return colours;
    }

    /** Up to three round dwelling counts for the size legend, the largest not above the maximum. */
    static List<Integer> sizeSteps(int max) {
        int top = (int) MapDecorations.niceLength(max);
        List<Integer> steps = new ArrayList<>();
        steps.add(top);
        int mid = (int) MapDecorations.niceLength(top / 4.0);
        if (mid < top && mid >= 1) {
            steps.add(mid);
        }
        int low = (int) MapDecorations.niceLength(top / 20.0);
        if (low < mid && low >= 1) {
            steps.add(low);
        }
        return steps;
    }

    static String residencesText(int n) {
        return FrenchNumbers.display(n, 0) + (n > 1 ? "\u00A0résidences" : "\u00A0résidence");
    }

    static String dwellingsText(int n) {
        return FrenchNumbers.display(n, 0) + (n > 1 ? "\u00A0logements" : "\u00A0logement");
    }

}
