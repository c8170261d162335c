package fr.dijon.observatoire.atlas.graphics;

import java.awt.Color;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Colours of the atlas: the colour-blind-safe Okabe-Ito palette for categories, a 5-class sequential
 * blue ramp for choropleths, and the fixed colours of the named residence classes.
 */
public final class AtlasPalette {

    /** Dark grey used for every text and outline that must contrast with white (about 16:1). */
    public static final Color TEXT = new Color(0x222222);
    /** Secondary text (sources, axis notes); still above 7:1 on white. */
    public static final Color TEXT_MUTED = new Color(0x444444);
    public static final Color BACKGROUND = Color.WHITE;
    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color OUTLINE = new Color(0x666666);
    /** Fill of a masked (statistical secrecy) or missing value, drawn with {@link #HATCH} lines. */
    public static final Color NO_DATA = new Color(0xE6E6E6);
    public static final Color HATCH = new Color(0x9A9A9A);
    public static final Color QPV_FILL = new Color(0xF5DDEA);
    public static final Color QPV_OUTLINE = new Color(0xCC79A7);
    /** QPV boundary drawn over the residences (dashed). */
    public static final Color QPV_LINE = new Color(0x6A3D9A);
    /** Colour of a category nobody declared in {@link #classColour(String)}. */
    public static final Color UNKNOWN = new Color(0xBBBBBB);

    /** Okabe-Ito, in the usual order. */
    public static final List<Color> OKABE_ITO = List.of(
            new Color(0xE69F00), new Color(0x56B4E9), new Color(0x009E73), new Color(0xF0E442),
            new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7), new Color(0x000000));

    /** Order used for chart series: blue first, yellow (poor contrast on white) last but one. */
    private static final List<Color> SERIES = List.of(
            new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
            new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000));

    /** ColorBrewer "Blues", 5 classes, light to dark. */
    public static final List<Color> BLUES_5 = List.of(
            new Color(0xEFF3FF), new Color(0xBDD7E7), new Color(0x6BAED6), new Color(0x3182BD), new Color(0x08519C));

    /** Fill of a masked class (« s »): drawn hollow, white with a dark outline, so it never looks like a grey class. */
    public static final Color MASKED = Color.WHITE;

    private static final Map<String, Color> CLASSES = Map.ofEntries(
            Map.entry("fragile", new Color(0xD55E00)),
            Map.entry("a surveiller", new Color(0xF0E442)),
            Map.entry("equilibree", new Color(0x009E73)),
            Map.entry("accessible aux menages les plus modestes", new Color(0x0072B2)),
            Map.entry("partiellement accessible", new Color(0x56B4E9)),
            Map.entry("peu accessible", new Color(0x6E6E6E)),
            Map.entry("accessible et non fragile", new Color(0x009E73)),
            Map.entry("accessible et equilibree", new Color(0x009E73)),
            Map.entry("accessible, a surveiller", new Color(0xF0E442)),
            Map.entry("accessible mais fragile", new Color(0xD55E00)),
            Map.entry("peu ou partiellement accessible", new Color(0x6E6E6E)),
            Map.entry("occupation non renseignee", new Color(0xCFCFCF)),
            Map.entry("non renseignee", new Color(0xCFCFCF)),
            Map.entry("occupation couverte par le secret statistique", MASKED),
            Map.entry("s", MASKED));

    private AtlasPalette() {
    }

    /** Colour of series {@code index} of a chart (cycles after 8). */
    public static Color series(int index) {
        return SERIES.get(Math.floorMod(index, SERIES.size()));
    }

    /**
     * Colour of a named class of residences ("fragile", "à surveiller", "accessible mais fragile"…).
     * Case, accents and surrounding spaces are ignored; an unknown class gets {@link #UNKNOWN}.
     */
    public static Color classColour(String category) {
        if (category == null) {
            return UNKNOWN;
        }
        return CLASSES.getOrDefault(key(category), UNKNOWN);
    }

    /** Whether a class is drawn hollow (masked by secrecy). */
    public static boolean isMasked(String category) {
        return classColour(category) == MASKED;
    }

    /** Whether {@link #classColour(String)} knows this class. */
    public static boolean isKnownClass(String category) {
        return category != null && CLASSES.containsKey(key(category));
    }

    /**
     * {@code classes} colours of the sequential blue ramp, light to dark (1 to 5 classes; fewer classes
     * take evenly spread colours of the 5-class ramp).
     */
    public static List<Color> sequential(int classes) {
        return switch (classes) {
            case 1 -> List.of(BLUES_5.get(2));
            case 2 -> List.of(BLUES_5.get(1), BLUES_5.get(3));
            case 3 -> List.of(BLUES_5.get(0), BLUES_5.get(2), BLUES_5.get(4));
            case 4 -> List.of(BLUES_5.get(0), BLUES_5.get(1), BLUES_5.get(3), BLUES_5.get(4));
            case 5 -> BLUES_5;
            default -> throw new IllegalArgumentException("1 à 5 classes, pas " + classes);
        };
    }

    /** Text colour readable on {@code fill}: white on dark fills, {@link #TEXT} otherwise. */
    public static Color textOn(Color fill) {
        double luminance = (0.2126 * linear(fill.getRed()) + 0.7152 * linear(fill.getGreen())
                + 0.0722 * linear(fill.getBlue()));
        return luminance < 0.18 ? Color.WHITE : TEXT;
    }

    /** CSS form, e.g. {@code #D55E00}. */
    public static String hex(Color colour) {
        return String.format(Locale.ROOT, "#%06X", colour.getRGB() & 0xFFFFFF);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String key(String category) {
        String decomposed = Normalizer.normalize(category.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
