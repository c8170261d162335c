package fr.dijon.observatoire.secrecy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Per unit: the groups it belongs to besides itself (its commune, QPV side, EPCI…), the class of units sharing
 * exactly those groups, and its fragility class with what of it is published.
 */
final class UnitClasses {

    private final int[][] aggregates;
    private final int[] classOf;
    private final int[][] classUnits;
    private final UnitClass[] fragility;
    private final boolean[][] published;

    UnitClasses(OccupancyTable table, Map<String, UnitClass> byUnit) {
        int n = table.unitCount();
        aggregates = new int[n][];
        classOf = new int[n];
        Map<String, Integer> ids = new HashMap<>();
        int[] sizes = new int[n];
        for (int u = 0; u < n; u++) {
            int own = table.ownGroup[u];
            aggregates[u] = Arrays.stream(table.unitGroups[u]).filter(g -> g != own).sorted().toArray();
            classOf[u] = ids.computeIfAbsent(Arrays.toString(aggregates[u]), k -> ids.size());
            sizes[classOf[u]]++;
        }
        classUnits = new int[ids.size()][];
        int[] fill = new int[ids.size()];
        for (int c = 0; c < ids.size(); c++) {
            classUnits[c] = new int[sizes[c]];
        }
        for (int u = 0; u < n; u++) {
            classUnits[classOf[u]][fill[classOf[u]]++] = u;
        }
        fragility = new UnitClass[n];
        published = new boolean[n][UnitClass.Published.values().length];
        for (int u = 0; u < n; u++) {
            fragility[u] = byUnit.get(table.units[u]);
            if (fragility[u] != null) {
                Arrays.fill(published[u], true);
            }
        }
    }

    int[] aggregates(int unit) {
        return aggregates[unit];
    }

    int classOf(int unit) {
        return classOf[unit];
    }

    int classCount() {
        return classUnits.length;
    }

    int[] units(int klass) {
        return classUnits[klass];
    }

    UnitClass fragility(int unit) {
        return fragility[unit];
    }

    boolean[] published(int unit) {
        return published[unit];
    }

    /** Withdraws the most precise published item of the unit's class; false when nothing is left to withdraw. */
    boolean withdraw(int unit) {
        for (UnitClass.Published item : UnitClass.Published.values()) {
            if (published[unit][item.ordinal()]) {
                published[unit][item.ordinal()] = false;
                return true;
            }
        }
        return false;
    }
}
