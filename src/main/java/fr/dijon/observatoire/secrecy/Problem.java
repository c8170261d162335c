package fr.dijon.observatoire.secrecy;

import java.util.ArrayList;
import java.util.List;

/** Something the current masks do not yet protect. */
sealed interface Problem {

    /** Whether the problem is still there under the current masks. */
    boolean stillOpen(TransferProtection p);

    /** The dimension where masks would solve it. */
    int dim();

    /** The units whose class constraints may be withdrawn when no mask helps. */
    int[] units(TransferProtection p);

    String describe(OccupancyTable table);

    /** A masked form whose certified reach is below the threshold. */
    record Narrow(int group, int dim) implements Problem {
        @Override
        public boolean stillOpen(TransferProtection p) {
            return !p.ownOfWithdrawn(group) && p.certificates().width(group, dim) < p.requiredWidth();
        }

        @Override
        public int[] units(TransferProtection p) {
            return p.table().groupMembers[group];
        }

        @Override
        public String describe(OccupancyTable table) {
            return "« " + table.formKey[group][dim] + " » (valeur masquée dont l'intervalle compterait moins de "
                    + table.threshold + " valeurs possibles)";
        }
    }

    /**
     * A leaf — a set of units whose total a reader derives by subtraction — with a total of 1 to threshold − 1 in
     * {@code dim}, or, when {@code outer} ≥ 0, whose difference between {@code outer} and {@code dim} is that small.
     */
    record SmallLeaf(int dim, int outer, int unit) implements Problem {
        @Override
        public boolean stillOpen(TransferProtection p) {
            Leaves leaves = p.certificates().leaves(p.certificates().singleFamily(dim));
            int leaf = leaves.leafOf[unit];
            if (leaf < 0) {
                return false;
            }
            long total = 0;
            for (int u = 0; u < leaves.leafOf.length; u++) {
                if (leaves.leafOf[u] == leaf) {
                    total += amount(p.table(), u);
                }
            }
            return total >= 1 && total < p.threshold() && (outer < 0 || unionOfOuterLeaves(p, leaf));
        }

        long amount(OccupancyTable table, int u) {
            return outer < 0 ? table.value[dim][u] : table.value[outer][u] - table.value[dim][u];
        }

        private boolean unionOfOuterLeaves(TransferProtection p, int leaf) {
            Leaves inner = p.certificates().leaves(p.certificates().singleFamily(dim));
            Leaves outerLeaves = p.certificates().leaves(p.certificates().singleFamily(outer));
            for (int u = 0; u < inner.leafOf.length; u++) {
                if (inner.leafOf[u] == leaf) {
                    int o = outerLeaves.leafOf[u];
                    if (o < 0) {
                        continue;
                    }
                    for (int w = 0; w < outerLeaves.leafOf.length; w++) {
                        if (outerLeaves.leafOf[w] == o && inner.leafOf[w] != leaf) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        @Override
        public int[] units(TransferProtection p) {
            return new int[] {unit};
        }

        @Override
        public String describe(OccupancyTable table) {
            return "le total de « " + table.dims[dim] + " » des unités comme « " + table.units[unit]
                    + " », qu'on retrouve par différence, est inférieur à " + table.threshold;
        }

        /** The complements (outer − inner) of the inner dimension's leaves that a reader can derive. */
        static List<Problem> complements(TransferProtection p, int inner, int outer) {
            List<Problem> problems = new ArrayList<>();
            Leaves leaves = p.certificates().leaves(p.certificates().singleFamily(inner));
            int[][] members = leaves.members();
            for (int leaf = 0; leaf < leaves.count; leaf++) {
                if (members[leaf].length > 0) {
                    SmallLeaf candidate = new SmallLeaf(inner, outer, members[leaf][0]);
                    if (candidate.stillOpen(p)) {
                        problems.add(candidate);
                    }
                }
            }
            return problems;
        }
    }
}
