package fr.dijon.observatoire.secrecy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ways households can be moved between two units without a reader noticing: a family is a set of dimensions
 * shifted together by the same amount (moving « a household below 20 % of the ceilings » shifts both the below-20 %
 * and the below-60 % counts). Each dimension's families are itself plus any set of the dimensions it is nested in.
 * For one unit, a family's box is the range of shifts that keeps every count within its bounds and every nesting
 * true, the unit's other counts staying as they are, and, when something of its class is published, its class.
 */
final class Families {

    private final OccupancyTable table;
    private final List<int[]> families = new ArrayList<>();
    private final List<List<Integer>> byDim = new ArrayList<>();

    Families(OccupancyTable table) {
        this.table = table;
        int n = table.dimCount();
        BitSet[] ancestors = ancestors(table, n);
        Map<BitSet, Integer> seen = new LinkedHashMap<>();
        for (int d = 0; d < n; d++) {
            byDim.add(new ArrayList<>());
        }
        for (int d = 0; d < n; d++) {
            int[] above = ancestors[d].stream().toArray();
            for (int mask = 0; mask < (1 << above.length); mask++) {
                BitSet family = new BitSet(n);
                family.set(d);
                for (int i = 0; i < above.length; i++) {
                    if ((mask & (1 << i)) != 0) {
                        family.set(above[i]);
                    }
                }
                Integer index = seen.get(family);
                if (index == null) {
                    index = families.size();
                    seen.put(family, index);
                    families.add(family.stream().toArray());
                }
            }
        }
        for (int f = 0; f < families.size(); f++) {
            for (int d : families.get(f)) {
                byDim.get(d).add(f);
            }
        }
    }

    int count() {
        return families.size();
    }

    int[] dims(int family) {
        return families.get(family);
    }

    /** The families that shift dimension {@code dim}. */
    List<Integer> of(int dim) {
        return byDim.get(dim);
    }

    /**
     * The box of a unit for a family: {lowest shift, highest shift}, both around 0 (the truth). {@code unitClass}
     * and {@code published} add the class constraint when something of the class is published.
     */
    long[] box(int family, int unit, UnitClass unitClass, boolean[] published) {
        return box(family, unit, null, unitClass, published);
    }

    /**
     * The box of a unit for a family from a state shifted from the truth by {@code shift} (indexed by dimension; null
     * for the truth): moves composed one after another start from the state the previous ones left.
     */
    long[] box(int family, int unit, long[] shift, UnitClass unitClass, boolean[] published) {
        int[] shifted = families.get(family);
        long lo = Long.MIN_VALUE / 4;
        long hi = Long.MAX_VALUE / 4;
        for (int d : shifted) {
            long v = value(d, unit, shift);
            lo = Math.max(lo, -v);
            hi = Math.min(hi, table.cap[d][unit] - v);
        }
        for (int[] nest : table.nestings) {
            boolean inner = contains(shifted, nest[0]);
            boolean outer = contains(shifted, nest[1]);
            long slack = value(nest[1], unit, shift) - value(nest[0], unit, shift);
            if (inner && !outer) {
                hi = Math.min(hi, slack);
            } else if (outer && !inner) {
                lo = Math.max(lo, -slack);
            }
        }
        if (lo > 0 || hi < 0) {
            return new long[] {0, 0};
        }
        if (unitClass != null && anyPublished(published) && unitClass.touches(shifted)) {
            long[] base = shift == null ? new long[table.dimCount()] : shift;
            hi = scan(unitClass, base, shifted, published, 1, hi);
            lo = -scan(unitClass, base, shifted, published, -1, -lo);
        }
        return new long[] {lo, hi};
    }

    private long value(int d, int unit, long[] shift) {
        return table.value[d][unit] + (shift == null ? 0 : shift[d]);
    }

    /**
     * The largest shift in direction {@code sign}, up to {@code limit}, keeping the published class. The shifts that
     * keep it form an interval around 0 (the composite index is monotone in each shift, and the main component
     * changes at most once), so a galloping then binary search finds its end.
     */
    private static long scan(UnitClass unitClass, long[] base, int[] dims, boolean[] published, int sign, long limit) {
        long good = 0;
        long step = 1;
        long bad = -1;
        while (good < limit) {
            long probe = Math.min(limit, good + step);
            if (holds(unitClass, base, dims, sign * probe, published)) {
                good = probe;
                step *= 2;
            } else {
                bad = probe;
                break;
            }
        }
        if (bad < 0) {
            return good;
        }
        while (bad - good > 1) {
            long mid = (good + bad) >>> 1;
            if (holds(unitClass, base, dims, sign * mid, published)) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        return good;
    }

    private static boolean holds(UnitClass unitClass, long[] base, int[] dims, long delta, boolean[] published) {
        long[] shift = base.clone();
        for (int d : dims) {
            shift[d] += delta;
        }
        return unitClass.holds(shift, published);
    }

    private static boolean anyPublished(boolean[] published) {
        for (boolean p : published) {
            if (p) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(int[] dims, int dim) {
        for (int d : dims) {
            if (d == dim) {
                return true;
            }
        }
        return false;
    }

    /** Every dimension's ancestors: the dimensions it is nested in, directly or not. */
    private static BitSet[] ancestors(OccupancyTable table, int n) {
        BitSet[] up = new BitSet[n];
        for (int d = 0; d < n; d++) {
            up[d] = new BitSet(n);
        }
        for (int[] nest : table.impliedNestings) {
            up[nest[0]].set(nest[1]);
        }
        return up;
    }
}
