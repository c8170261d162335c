package fr.dijon.observatoire.secrecy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * For one family of dimensions and the forms published so far, the leaves: the units whose counts a reader cannot
 * tell apart (their own forms are not published, and they belong to exactly the same published groups). Households
 * can be moved between units of a leaf without changing anything published; each unit's box bounds the move.
 */
final class Leaves {

    final int[] leafOf;
    final long[] up;
    final long[] down;
    final long[] leafUp;
    final long[] leafDown;
    final int[] leafSize;
    final int count;

    /**
     * @param published published[g] is true when a form of group g is published in a dimension of the family
     * @param boxes     boxes[u] = {lowest, highest} shift of unit u for the family
     */
    Leaves(OccupancyTable table, UnitClasses classes, boolean[] published, long[][] boxes) {
        int n = table.unitCount();
        leafOf = new int[n];
        up = new long[n];
        down = new long[n];
        Map<String, Integer> keys = new HashMap<>();
        int next = 0;
        StringBuilder key = new StringBuilder();
        for (int u = 0; u < n; u++) {
            int own = table.ownGroup[u];
            if (own >= 0 && published[own]) {
                leafOf[u] = -1;
                continue;
            }
            key.setLength(0);
            for (int g : classes.aggregates(u)) {
                if (published[g]) {
                    key.append(g).append(',');
                }
            }
            Integer leaf = keys.get(key.toString());
            if (leaf == null) {
                leaf = next++;
                keys.put(key.toString(), leaf);
            }
            leafOf[u] = leaf;
            up[u] = boxes[u][1];
            down[u] = -boxes[u][0];
        }
        count = next;
        leafUp = new long[count];
        leafDown = new long[count];
        leafSize = new int[count];
        for (int u = 0; u < n; u++) {
            if (leafOf[u] >= 0) {
                leafUp[leafOf[u]] = sat(leafUp[leafOf[u]] + up[u]);
                leafDown[leafOf[u]] = sat(leafDown[leafOf[u]] + down[u]);
                leafSize[leafOf[u]]++;
            }
        }
    }

    /**
     * The certified reach of a form over {@code members}: {how much it can rise, how much it can fall} by moving
     * households between members and non-members of the same leaves.
     */
    long[] reach(int[] members) {
        long[] inUp = new long[count];
        long[] inDown = new long[count];
        boolean[] touched = new boolean[count];
        for (int u : members) {
            int leaf = leafOf[u];
            if (leaf >= 0) {
                inUp[leaf] = sat(inUp[leaf] + up[u]);
                inDown[leaf] = sat(inDown[leaf] + down[u]);
                touched[leaf] = true;
            }
        }
        long rise = 0;
        long fall = 0;
        for (int leaf = 0; leaf < count; leaf++) {
            if (touched[leaf]) {
                rise = sat(rise + Math.min(inUp[leaf], leafDown[leaf] - inDown[leaf]));
                fall = sat(fall + Math.min(inDown[leaf], leafUp[leaf] - inUp[leaf]));
            }
        }
        return new long[] {rise, fall};
    }

    private int[][] members;
    private final Map<Long, int[]> strongest = new HashMap<>();

    /**
     * The {@code count} units of a leaf with the most room to move: upward ({@code up}) or downward, from the truth.
     */
    int[] strongest(int leaf, boolean upward, int count) {
        int[] sorted = strongest.computeIfAbsent(leaf * 2L + (upward ? 1 : 0), k -> {
            Integer[] all = java.util.Arrays.stream(members()[leaf]).boxed().toArray(Integer[]::new);
            java.util.Arrays.sort(all, (a, b) -> Long.compare(upward ? up[b] : down[b], upward ? up[a] : down[a]));
            return java.util.Arrays.stream(all).mapToInt(Integer::intValue).toArray();
        });
        return sorted.length <= count ? sorted : java.util.Arrays.copyOf(sorted, count);
    }

    /** The total of a dimension over each leaf. */
    long[] totals(long[] values) {
        long[] totals = new long[count];
        for (int u = 0; u < leafOf.length; u++) {
            if (leafOf[u] >= 0) {
                totals[leafOf[u]] += values[u];
            }
        }
        return totals;
    }

    /** The members of each leaf. */
    int[][] members() {
        if (members != null) {
            return members;
        }
        members = new int[count][];
        int[] fill = new int[count];
        for (int leaf = 0; leaf < count; leaf++) {
            members[leaf] = new int[leafSize[leaf]];
        }
        for (int u = 0; u < leafOf.length; u++) {
            if (leafOf[u] >= 0) {
                members[leafOf[u]][fill[leafOf[u]]++] = u;
            }
        }
        return members;
    }

    static long sat(long value) {
        return Math.min(value, OccupancyTable.UNBOUNDED);
    }

    @Override
    public String toString() {
        return "Leaves" + Arrays.toString(leafSize);
    }
}
