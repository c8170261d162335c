package fr.dijon.observatoire.secrecy;

import java.util.List;

/**
 * The fragility class of one unit, as a constraint on its counts: the composite index is the weighted mean of the
 * components' indices (share ÷ reference share), its class comes from thresholds, and its main component is the one
 * contributing most to the gap (weight × (index − 1)). Publishing the class, the main component or the index
 * (rounded to {@link #INDEX_DECIMALS} decimals) tells a reader something about the counts; a transfer of households
 * that keeps everything else published must keep these too.
 */
public final class UnitClass {

    public static final int INDEX_DECIMALS = 2;

    /** What may be published about the class; each is a constraint when published. */
    public enum Published {
        INDICE, PRINCIPALE, CLASSE
    }

    /**
     * One component: its weight and reference share, its numerator and denominator either as a dimension of the
     * table (index ≥ 0, then {@code num}/{@code den} are the counts at truth) or as constants (index −1).
     */
    public record Component(String code, double weight, double reference, int numDim, long num, int denDim, long den) {
    }

    private final List<Component> components;
    private final double fragileMin;
    private final double watchMin;
    private final double composite;
    private final String klass;
    private final String main;

    public UnitClass(List<Component> components, double fragileMin, double watchMin) {
        this.components = List.copyOf(components);
        this.fragileMin = fragileMin;
        this.watchMin = watchMin;
        this.composite = composite(null);
        this.klass = klass(composite);
        this.main = main(null);
    }

    public double composite() {
        return composite;
    }

    public String klass() {
        return klass;
    }

    public String mainComponent() {
        return main;
    }

    /**
     * True if the counts shifted from the truth by {@code shift} (indexed by dimension) keep what is published of the
     * class unchanged.
     */
    boolean holds(long[] shift, boolean[] published) {
        double shifted = composite(shift);
        if (Double.isNaN(shifted)) {
            return false;
        }
        if (published[Published.CLASSE.ordinal()] && !klass(shifted).equals(klass)) {
            return false;
        }
        if (published[Published.INDICE.ordinal()] && round(shifted) != round(composite)) {
            return false;
        }
        return !published[Published.PRINCIPALE.ordinal()] || main(shift).equals(main);
    }

    /** Whether any component rests on one of the dimensions. */
    boolean touches(int[] dims) {
        for (Component c : components) {
            for (int d : dims) {
                if (c.numDim() == d || c.denDim() == d) {
                    return true;
                }
            }
        }
        return false;
    }

    private double composite(long[] shift) {
        double weighted = 0;
        double weights = 0;
        for (Component c : components) {
            double index = index(c, shift);
            if (!Double.isNaN(index)) {
                weighted += c.weight() * index;
                weights += c.weight();
            }
        }
        return weights == 0 ? Double.NaN : weighted / weights;
    }

    private String main(long[] shift) {
        String best = null;
        double bestGap = Double.NEGATIVE_INFINITY;
        for (Component c : components) {
            double index = index(c, shift);
            if (!Double.isNaN(index) && c.weight() * (index - 1) > bestGap) {
                bestGap = c.weight() * (index - 1);
                best = c.code();
            }
        }
        return String.valueOf(best);
    }

    private static double index(Component c, long[] shift) {
        long num = c.num() + (shift != null && c.numDim() >= 0 ? shift[c.numDim()] : 0);
        long den = c.den() + (shift != null && c.denDim() >= 0 ? shift[c.denDim()] : 0);
        if (den <= 0 || c.reference() <= 0) {
            return Double.NaN;
        }
        return ((double) num / den) / c.reference();
    }

    private String klass(double value) {
        if (value >= fragileMin) {
            return "fragile";
        }
        return value >= watchMin ? "à surveiller" : "équilibrée";
    }

    private static long round(double value) {
        return Math.round(value * Math.pow(10, INDEX_DECIMALS));
    }
}
