package fr.dijon.observatoire.secrecy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The occupancy counts as the secrecy rule sees them: for every publication unit (a residence, a group of small
 * residences, or a residence too small to publish alone) and every dimension (households answering, households
 * below 20 % of the ceilings…), one count. Groups of units (the unit itself, its commune, its QPV or the
 * outside-QPV part, the EPCI) carry candidate forms: a form is the total of one dimension over one group, the
 * number a published figure rests on (a share publishes its numerator's form and its denominator's form). Dimensions
 * may be nested (households below 20 % are among those below 60 %): the nesting bounds the transfers and gives the
 * derived counts (a difference of two published nested forms is a count too).
 */
public final class OccupancyTable {

    /** A cap for counts without an upper bound (a unit without a count in a dimension is capped at 0). */
    static final long UNBOUNDED = Long.MAX_VALUE / 8;

    final int threshold;
    final String[] dims;
    final boolean[] subject;
    final String[] units;
    final long[][] value;
    final long[][] cap;
    final String[] groups;
    final String[] groupLevels;
    final int[][] groupMembers;
    final int[][] unitGroups;
    final int[] ownGroup;
    final String[][] formKey;
    final double[][] formCost;
    final int[][] nestings;
    /** The declared nestings and every one they imply: the pairs whose difference a reader can take. */
    final int[][] impliedNestings;

    private OccupancyTable(Builder b) {
        threshold = b.threshold;
        dims = b.dims.toArray(String[]::new);
        subject = new boolean[dims.length];
        for (int d = 0; d < dims.length; d++) {
            subject[d] = b.subject.get(d);
        }
        units = b.units.keySet().toArray(String[]::new);
        value = new long[dims.length][units.length];
        cap = new long[dims.length][units.length];
        b.values.forEach((k, v) -> {
            value[k[0]][k[1]] = v;
            cap[k[0]][k[1]] = UNBOUNDED;
        });
        b.caps.forEach((k, v) -> cap[k[0]][k[1]] = v);
        groups = b.groups.keySet().toArray(String[]::new);
        groupLevels = new String[groups.length];
        groupMembers = new int[groups.length][];
        List<List<Integer>> perUnit = new ArrayList<>();
        for (int u = 0; u < units.length; u++) {
            perUnit.add(new ArrayList<>());
        }
        ownGroup = new int[units.length];
        Arrays.fill(ownGroup, -1);
        for (int g = 0; g < groups.length; g++) {
            Builder.Group group = b.groups.get(groups[g]);
            groupLevels[g] = group.level;
            groupMembers[g] = group.members.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
            for (int u : groupMembers[g]) {
                perUnit.get(u).add(g);
            }
            if (group.unitLevel) {
                if (groupMembers[g].length != 1) {
                    throw new IllegalArgumentException("le groupe d'unité " + groups[g] + " doit contenir une seule unité");
                }
                ownGroup[groupMembers[g][0]] = g;
            }
        }
        unitGroups = new int[units.length][];
        for (int u = 0; u < units.length; u++) {
            unitGroups[u] = perUnit.get(u).stream().mapToInt(Integer::intValue).toArray();
        }
        formKey = new String[groups.length][dims.length];
        formCost = new double[groups.length][dims.length];
        b.forms.forEach((k, f) -> {
            formKey[k[0]][k[1]] = f.key;
            formCost[k[0]][k[1]] = f.cost;
        });
        nestings = b.nestings.toArray(int[][]::new);
        impliedNestings = closure(b.nestings, dims.length);
    }

    /**
     * Every nesting the declared ones imply (inner ⊂ middle ⊂ outer gives inner ⊂ outer): the difference of any two
     * nested dimensions is itself a count of households, so each pair must be checked, not only the declared ones.
     */
    private static int[][] closure(List<int[]> declared, int dimCount) {
        boolean[][] within = new boolean[dimCount][dimCount];
        declared.forEach(n -> within[n[0]][n[1]] = true);
        for (int k = 0; k < dimCount; k++) {
            for (int i = 0; i < dimCount; i++) {
                for (int j = 0; j < dimCount; j++) {
                    within[i][j] |= within[i][k] && within[k][j];
                }
            }
        }
        List<int[]> all = new ArrayList<>(declared);
        for (int i = 0; i < dimCount; i++) {
            for (int j = 0; j < dimCount; j++) {
                int inner = i;
                int outer = j;
                if (within[i][j] && i != j && declared.stream().noneMatch(n -> n[0] == inner && n[1] == outer)) {
                    all.add(new int[] {i, j});
                }
            }
        }
        return all.toArray(int[][]::new);
    }

    public int dimCount() {
        return dims.length;
    }

    public int unitCount() {
        return units.length;
    }

    public int groupCount() {
        return groups.length;
    }

    boolean hasForm(int g, int d) {
        return formKey[g][d] != null;
    }

    /** The total of a dimension over a group. */
    long total(int g, int d) {
        long sum = 0;
        for (int u : groupMembers[g]) {
            sum += value[d][u];
        }
        return sum;
    }

    int dimIndex(String dim) {
        for (int d = 0; d < dims.length; d++) {
            if (dims[d].equals(dim)) {
                return d;
            }
        }
        return -1;
    }

    /** Builds a table; units, groups and dimensions are referred to by their ids. */
    public static final class Builder {

        private final int threshold;
        private final List<String> dims = new ArrayList<>();
        private final List<Boolean> subject = new ArrayList<>();
        private final Map<String, Integer> units = new LinkedHashMap<>();
        private final Map<int[], Long> values = new HashMap<>();
        private final Map<int[], Long> caps = new HashMap<>();
        private final Map<String, Group> groups = new LinkedHashMap<>();
        private final Map<String, Integer> groupIndex = new HashMap<>();
        private final Map<int[], Form> forms = new HashMap<>();
        private final List<int[]> nestings = new ArrayList<>();

        private static final class Group {
            final String level;
            final boolean unitLevel;
            final List<Integer> members = new ArrayList<>();

            Group(String level, boolean unitLevel) {
                this.level = level;
                this.unitLevel = unitLevel;
            }
        }

        private record Form(String key, double cost) {
        }

        public Builder(int threshold) {
            this.threshold = threshold;
        }

        public Builder dimension(String dim, boolean isSubject) {
            if (!dims.contains(dim)) {
                dims.add(dim);
                subject.add(isSubject);
            }
            return this;
        }

        public Builder unit(String unit) {
            units.putIfAbsent(unit, units.size());
            return this;
        }

        /** The count of a unit in a dimension, with its a-priori cap (null when unbounded). */
        public Builder value(String dim, String unit, long count, Long upperCap) {
            int[] key = {dim(dim), unitIndex(unit)};
            values.put(key, count);
            if (upperCap != null) {
                caps.put(key, upperCap);
            }
            return this;
        }

        /** A group of units; a unit-level group holds exactly one unit, the unit itself. */
        public Builder group(String group, String level, boolean unitLevel) {
            if (groups.putIfAbsent(group, new Group(level, unitLevel)) == null) {
                groupIndex.put(group, groupIndex.size());
            }
            return this;
        }

        public Builder member(String group, String unit) {
            Group g = groups.get(group);
            if (g == null) {
                throw new IllegalArgumentException("groupe inconnu : " + group);
            }
            g.members.add(unitIndex(unit));
            return this;
        }

        /** A candidate form: the total of {@code dim} over {@code group}, published under {@code key}. */
        public Builder form(String group, String dim, String key, double cost) {
            Integer g = groupIndex.get(group);
            if (g == null) {
                throw new IllegalArgumentException("groupe inconnu : " + group);
            }
            forms.put(new int[] {g, dim(dim)}, new Form(key, cost));
            return this;
        }

        /** Every unit's count in {@code inner} is at most its count in {@code outer}. */
        public Builder nesting(String inner, String outer) {
            nestings.add(new int[] {dim(inner), dim(outer)});
            return this;
        }

        private int dim(String dim) {
            int d = dims.indexOf(dim);
            if (d < 0) {
                throw new IllegalArgumentException("dimension inconnue : " + dim);
            }
            return d;
        }

        private int unitIndex(String unit) {
            Integer u = units.get(unit);
            if (u == null) {
                throw new IllegalArgumentException("unité inconnue : " + unit);
            }
            return u;
        }

        public OccupancyTable build() {
            return new OccupancyTable(this);
        }
    }
}
