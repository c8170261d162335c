package fr.dijon.observatoire.secrecy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Diagnostics of the suppression rounds, printed on stderr when the system property secret.trace is true. */
final class ProtectionTrace {

    private ProtectionTrace() {
    }

    static void print(TransferProtection p, int round, List<Problem> problems) {
        OccupancyTable table = p.table();
        Map<String, Long> kinds = new TreeMap<>();
        for (Problem pr : problems) {
            String k = pr.getClass().getSimpleName() + " " + table.dims[pr.dim()]
                    + (pr instanceof Problem.Narrow n ? " " + table.groupLevels[n.group()] : "")
                    + (pr instanceof Problem.SmallLeaf sl && sl.outer() >= 0 ? " compl" : "");
            kinds.merge(k, 1L, Long::sum);
        }
        System.err.println("tour " + round + " : " + problems.size() + " problèmes " + kinds);
        if (round != 3) {
            return;
        }
        problems.stream().filter(x -> x instanceof Problem.Narrow n && table.groupLevels[n.group()].equals("unite"))
                .limit(4).forEach(pr -> {
                    Problem.Narrow n = (Problem.Narrow) pr;
                    int u = table.groupMembers[n.group()][0];
                    System.err.println(" " + table.formKey[n.group()][n.dim()] + " largeur " + p.certificates().width(n.group(), n.dim()));
                    for (int f : p.certificates().familiesOf(n.dim())) {
                        Leaves lv = p.certificates().leaves(f);
                        System.err.println("  famille " + Arrays.toString(Arrays.stream(p.certificates().familyDims(f))
                                .mapToObj(x -> table.dims[x]).toArray()) + " boîte " + Arrays.toString(p.certificates().boxes(f)[u])
                                + " feuille " + lv.leafOf[u] + " taille " + (lv.leafOf[u] >= 0 ? lv.leafSize[lv.leafOf[u]] : 0)
                                + " portée " + Arrays.toString(lv.reach(table.groupMembers[n.group()])));
                    }
                    StringBuilder values = new StringBuilder();
                    for (int d = 0; d < table.dimCount(); d++) {
                        values.append(table.dims[d]).append('=').append(table.value[d][u]).append(' ');
                    }
                    System.err.println("  " + values + " classe " + Arrays.toString(p.classes().published(u)));
                });
    }
}
