package fr.dijon.observatoire.secrecy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The certificates of a protection under its current masks: for each family of dimensions, the leaves a reader
 * cannot tell apart and each unit's box, and for each masked form, how far its count can provably move (its reach,
 * composed into a {@link DeepCertificate} when the leaf sums are not enough). Cached; the protection says when its
 * masks or its units' published classes change.
 */
final class Certificates {

    private final TransferProtection protection;
    private final OccupancyTable table;
    private final Families families;
    private final UnitClasses classes;
    /** Composed certificates at least as wide as required: they stay valid whatever is masked later. */
    private final Map<Long, Long> wideDeep = new HashMap<>();
    /** The others, valid for the current masks only. */
    private final Map<Long, Long> narrowDeep = new HashMap<>();
    private Leaves[] leaves;
    private long[][][] boxes;

    Certificates(TransferProtection protection, OccupancyTable table, UnitClasses classes) {
        this.protection = protection;
        this.table = table;
        this.families = new Families(table);
        this.classes = classes;
    }

    /**
     * A form was masked: the leaves change, the boxes don't. A composed certificate wide enough stays valid: its moves
     * kept everything published, and masking more (or publishing less of a class) only frees moves. The others are
     * computed again, as they may have widened.
     */
    void masksChanged() {
        leaves = null;
        narrowDeep.clear();
    }

    /** A published item of a unit's class was withdrawn: every box widens. */
    void classesChanged() {
        boxes = null;
        masksChanged();
    }

    OccupancyTable table() {
        return table;
    }

    /** The leaves of one family under the current masks. */
    Leaves leaves(int family) {
        if (leaves == null) {
            leaves = new Leaves[families.count()];
        }
        if (leaves[family] == null) {
            int[] dims = families.dims(family);
            boolean[] pub = new boolean[table.groupCount()];
            for (int g = 0; g < pub.length; g++) {
                for (int d : dims) {
                    pub[g] |= protection.published(g, d);
                }
            }
            leaves[family] = new Leaves(table, classes, pub, boxes(family));
        }
        return leaves[family];
    }

    /** Every unit's box for a family: {lowest, highest} shift; they change only when a class item is withdrawn. */
    long[][] boxes(int family) {
        if (boxes == null) {
            boxes = new long[families.count()][][];
        }
        if (boxes[family] == null) {
            long[][] familyBoxes = new long[table.unitCount()][];
            for (int u = 0; u < familyBoxes.length; u++) {
                familyBoxes[u] = families.box(family, u, classes.fragility(u), classes.published(u));
            }
            boxes[family] = familyBoxes;
        }
        return boxes[family];
    }

    /** {rise, fall}: the certified reach of the form over every family shifting its dimension. */
    long[] reach(int g, int d) {
        long rise = 0;
        long fall = 0;
        for (int family : families.of(d)) {
            long[] r = leaves(family).reach(table.groupMembers[g]);
            rise = Math.max(rise, r[0]);
            fall = Math.max(fall, r[1]);
        }
        return new long[] {rise, fall};
    }

    /** The certified width of a form: its reach, or a composed certificate when the reach is not enough. */
    long width(int g, int d) {
        long[] r = reach(g, d);
        long width = Leaves.sat(r[0] + r[1]);
        int required = protection.requiredWidth();
        if (width >= required || indexPublished(g)) {
            return width;
        }
        long key = (long) g * table.dimCount() + d;
        Long known = wideDeep.getOrDefault(key, narrowDeep.get(key));
        if (known != null) {
            return known;
        }
        long deep = Math.max(width, new DeepCertificate(this).width(g, d, required));
        (deep >= required ? wideDeep : narrowDeep).put(key, deep);
        return deep;
    }

    /** The widest range a unit's count can take over the families of a dimension. */
    long span(int unit, int dim) {
        long best = 0;
        for (int family : families.of(dim)) {
            long[] box = boxes(family)[unit];
            best = Math.max(best, Leaves.sat(box[1] - box[0]));
        }
        return best;
    }

    /** A unit form whose unit still publishes its index to two decimals: no composed move keeps it, don't try. */
    private boolean indexPublished(int g) {
        if (!table.groupLevels[g].equals("unite")) {
            return false;
        }
        int u = table.groupMembers[g][0];
        return classes.fragility(u) != null && classes.published(u)[UnitClass.Published.INDICE.ordinal()];
    }

    /** A unit's box for a family, from a state shifted from the truth (composed moves). */
    long[] box(int family, int unit, long[] shift) {
        return families.box(family, unit, shift, classes.fragility(unit), classes.published(unit));
    }

    List<Integer> familiesOf(int d) {
        return families.of(d);
    }

    int[] familyDims(int family) {
        return families.dims(family);
    }

    /** The family that shifts the dimension alone. */
    int singleFamily(int d) {
        for (int family : families.of(d)) {
            if (families.dims(family).length == 1) {
                return family;
            }
        }
        throw new IllegalStateException("famille simple absente pour " + table.dims[d]);
    }
}
