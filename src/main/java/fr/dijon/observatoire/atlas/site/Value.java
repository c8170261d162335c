package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.format.FrenchNumbers;

/**
 * A number as a page shows it: its French text, or « s » when secrecy masks it (never a zero, never a dash), or a
 * dash when the quantity does not exist. {@code sort} is the raw number, for tables that sort numbers as numbers.
 */
public record Value(String text, boolean secret, Double sort) {

    public static final Value NONE = new Value("–", false, null);
    public static final Value SECRET = new Value("s", true, null);

    public static Value text(String text) {
        return new Value(text == null ? "–" : text, false, null);
    }

    public static Value count(Number n) {
        return n == null ? NONE : new Value(FrenchNumbers.display(n.doubleValue(), 0), false, n.doubleValue());
    }

    /** A share in [0, 1] as the marts hold it: whole percent for OPS shares, one decimal otherwise. */
    public static Value share(Double share, int decimals) {
        return share == null ? NONE
                : new Value(FrenchNumbers.percent(share, decimals), false, share);
    }

    public static Value decimal(Double value, int decimals) {
        return value == null ? NONE : new Value(FrenchNumbers.display(value, decimals), false, value);
    }

    public static Value euros(Double value) {
        return value == null ? NONE : new Value(FrenchNumbers.display(value, 2) + "\u202F€", false, value);
    }

    /** {@code shown} unless {@code secret} is set (the mart's reason for masking), then « s ». */
    public static Value masked(String secret, Value shown) {
        return secret != null ? SECRET : shown;
    }
}
