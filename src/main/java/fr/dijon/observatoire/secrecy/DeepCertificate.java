package fr.dijon.observatoire.secrecy;

import java.util.HashMap;
import java.util.Map;

/**
 * A stronger certificate for one masked unit form, when the leaf sums are not enough. The leaf sums move every
 * nested count by the same amount, other counts at their true values; nested counts of small units then squeeze each
 * other (« below 20 % » cannot rise above « below 60 % »). Here moves are composed one after another, each
 * starting from the state the previous left, with the best partner of the leaf each time: « below 60 % » first
 * rises to make room, then « below 20 % » follows. Each step keeps everything published, so the end point is a
 * table a reader cannot rule out.
 */
final class DeepCertificate {

    private static final int STEPS = 200;
    private static final int PARTNERS = 12;

    private final Certificates p;
    private final OccupancyTable table;

    DeepCertificate(Certificates p) {
        this.p = p;
        this.table = p.table();
    }

    /** The certified width of the form (group {@code g}, dimension {@code d}), up to {@code enough}. */
    long width(int g, int d, long enough) {
        long rise = reach(g, d, 1, enough);
        return Leaves.sat(rise + reach(g, d, -1, Math.max(0, enough - rise)));
    }

    /**
     * How far the group's total can move in one direction: households are moved, step by step, between a free member
     * and a partner of the same leaf outside the group.
     */
    private long reach(int g, int d, int direction, long enough) {
        java.util.Set<Integer> inside = new java.util.HashSet<>();
        for (int u : table.groupMembers[g]) {
            inside.add(u);
        }
        Map<Integer, long[]> shifts = new HashMap<>();
        long total = 0;
        for (int step = 0; step < STEPS && total < enough; step++) {
            long best = 0;
            int bestFamily = -1;
            int bestMember = -1;
            int bestPartner = -1;
            for (int family : p.familiesOf(d)) {
                Leaves leaves = p.leaves(family);
                for (int u : members(g, leaves, direction)) {
                    long[] box = p.box(family, u, shifts.computeIfAbsent(u, k -> new long[table.dimCount()]));
                    long room = direction > 0 ? box[1] : -box[0];
                    if (room <= best) {
                        continue;
                    }
                    for (int w : leaves.strongest(leaves.leafOf[u], direction < 0, PARTNERS + inside.size())) {
                        if (inside.contains(w)) {
                            continue;
                        }
                        long[] bw = p.box(family, w, shifts.computeIfAbsent(w, k -> new long[table.dimCount()]));
                        long move = Math.min(room, direction > 0 ? -bw[0] : bw[1]);
                        if (move > best) {
                            best = move;
                            bestFamily = family;
                            bestMember = u;
                            bestPartner = w;
                        }
                    }
                }
            }
            if (best <= 0) {
                if (!helper(g, d, direction, shifts, inside)) {
                    break;
                }
                continue;
            }
            for (int dim : p.familyDims(bestFamily)) {
                shifts.get(bestMember)[dim] += direction * best;
                shifts.get(bestPartner)[dim] -= direction * best;
            }
            total = Leaves.sat(total + best);
        }
        return total;
    }

    /**
     * When the target cannot move because a published class would change, a helper move in another count of the
     * same unit (households moved with a partner of that count's leaf, the other way round for the index) makes room:
     * it keeps everything published too. True if one was applied.
     */
    private boolean helper(int g, int d, int direction, Map<Integer, long[]> shifts, java.util.Set<Integer> inside) {
        if (table.groupMembers[g].length != 1) {
            return false;
        }
        int u = table.groupMembers[g][0];
        long[] shiftU = shifts.computeIfAbsent(u, k -> new long[table.dimCount()]);
        int targetFamily = p.singleFamily(d);
        long before = room(targetFamily, u, shiftU, direction);
        long bestGain = 0;
        int[] best = null;
        for (int other = 0; other < table.dimCount(); other++) {
            if (other == d || !table.subject[other]) {
                continue;
            }
            int family = p.singleFamily(other);
            Leaves leaves = p.leaves(family);
            if (leaves.leafOf[u] < 0) {
                continue;
            }
            for (int sign : new int[] {1, -1}) {
                long[] box = p.box(family, u, shiftU);
                long room = sign > 0 ? box[1] : -box[0];
                for (int w : leaves.strongest(leaves.leafOf[u], sign < 0, 4)) {
                    if (w == u || inside.contains(w)) {
                        continue;
                    }
                    long[] bw = p.box(family, w, shifts.computeIfAbsent(w, k -> new long[table.dimCount()]));
                    long move = Math.min(room, sign > 0 ? -bw[0] : bw[1]);
                    if (move <= 0) {
                        continue;
                    }
                    shiftU[other] += sign * move;
                    long gain = room(targetFamily, u, shiftU, direction) - before;
                    shiftU[other] -= sign * move;
                    if (gain > bestGain) {
                        bestGain = gain;
                        best = new int[] {other, sign, (int) Math.min(move, Integer.MAX_VALUE), w};
                    }
                }
            }
        }
        if (best == null) {
            return false;
        }
        shiftU[best[0]] += (long) best[1] * best[2];
        shifts.get(best[3])[best[0]] -= (long) best[1] * best[2];
        return true;
    }

    private long room(int family, int u, long[] shift, int direction) {
        long[] box = p.box(family, u, shift);
        return direction > 0 ? box[1] : -box[0];
    }

    /** The free members of the group with the most room, at most a few. */
    private int[] members(int g, Leaves leaves, int direction) {
        return java.util.Arrays.stream(table.groupMembers[g]).filter(u -> leaves.leafOf[u] >= 0)
                .boxed().sorted((a, b) -> Long.compare(direction > 0 ? leaves.up[b] : leaves.down[b],
                        direction > 0 ? leaves.up[a] : leaves.down[a]))
                .limit(8).mapToInt(Integer::intValue).toArray();
    }
}
