package fr.dijon.observatoire.secrecy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses secondary masks for one problem. A repair brings more units into the leaf of a reference unit: units of
 * the same class by masking their own forms, units of another class by also masking the published groups that tell
 * the two classes apart (another commune's form, another QPV's…). Each candidate is scored by what it adds to the
 * problem — reach for a narrow form, total for a small leaf — against the information it hides (the forms' costs).
 */
final class Repairs {

    private Repairs() {
    }

    static Repair best(TransferProtection p, Problem problem) {
        int d = problem.dim();
        OccupancyTable t = p.table();
        UnitClasses classes = p.classes();
        int family = p.certificates().singleFamily(d);
        Leaves leaves = p.certificates().leaves(family);
        long[][] boxes = p.certificates().boxes(family);
        Repair best = null;
        for (int ref : references(p, problem, leaves)) {
            for (int c = 0; c < classes.classCount(); c++) {
                Repair candidate = candidate(p, problem, ref, c, leaves, boxes);
                if (candidate != null && (best == null || candidate.betterThan(best))) {
                    best = candidate;
                }
            }
        }
        return best == null || best.gain() <= 0 ? null : best;
    }

    /** The units whose leaf the repair enlarges: the problem's unit, or the free (or freeable) members of a form. */
    private static List<Integer> references(TransferProtection p, Problem problem, Leaves leaves) {
        List<Integer> refs = new ArrayList<>();
        if (problem instanceof Problem.SmallLeaf small) {
            refs.add(small.unit());
            return refs;
        }
        Problem.Narrow narrow = (Problem.Narrow) problem;
        int[] members = p.table().groupMembers[narrow.group()];
        int free = -1;
        int freeable = -1;
        long bestFree = -1;
        long bestFreeable = -1;
        for (int u : members) {
            long capacity = Leaves.sat(leaves.up[u] + leaves.down[u]);
            long[] box = p.certificates().boxes(p.certificates().singleFamily(narrow.dim()))[u];
            long span = Leaves.sat(box[1] - box[0]);
            if (leaves.leafOf[u] >= 0 && capacity > bestFree) {
                bestFree = capacity;
                free = u;
            } else if (leaves.leafOf[u] < 0 && span > bestFreeable && !p.locked(p.table().ownGroup[u], narrow.dim())) {
                bestFreeable = span;
                freeable = u;
            }
        }
        if (free >= 0) {
            refs.add(free);
        }
        if (freeable >= 0) {
            refs.add(freeable);
        }
        return refs;
    }

    private static Repair candidate(TransferProtection p, Problem problem, int ref, int klass, Leaves leaves,
                                    long[][] boxes) {
        OccupancyTable t = p.table();
        UnitClasses classes = p.classes();
        int d = problem.dim();
        Set<int[]> masks = new LinkedHashSet<>();
        Set<Integer> extraMasked = new java.util.HashSet<>();
        if (leaves.leafOf[ref] < 0) {
            int own = t.ownGroup[ref];
            if (p.locked(own, d)) {
                return null;
            }
            masks.add(new int[] {own, d});
            extraMasked.add(own);
        }
        int[] refGroups = classes.aggregates(ref);
        int[] otherGroups = classes.aggregates(classes.units(klass)[0]);
        for (int g : symmetricDifference(refGroups, otherGroups)) {
            if (p.published(g, d)) {
                if (p.locked(g, d)) {
                    return null;
                }
                masks.add(new int[] {g, d});
                extraMasked.add(g);
            }
        }
        String signature = signature(p, refGroups, d, extraMasked);
        if (!signature.equals(signature(p, otherGroups, d, extraMasked))) {
            return null;
        }
        List<Integer> joined = new ArrayList<>();
        int partner = -1;
        long partnerCapacity = -1;
        for (int w : classes.units(klass)) {
            if (w == ref) {
                continue;
            }
            boolean free = leaves.leafOf[w] >= 0 || extraMasked.contains(t.ownGroup[w]);
            if (free) {
                if (leaves.leafOf[w] < 0 || leaves.leafOf[w] != leaves.leafOf[ref] || leaves.leafOf[ref] < 0) {
                    joined.add(w);
                }
            } else if (!p.locked(t.ownGroup[w], d)) {
                long capacity = Leaves.sat(boxes[w][1] - boxes[w][0]);
                if (capacity > partnerCapacity) {
                    partnerCapacity = capacity;
                    partner = w;
                }
            }
        }
        if (joined.isEmpty() && masks.stream().noneMatch(m -> m[0] != t.ownGroup[ref])) {
            if (partner < 0) {
                return null;
            }
            masks.add(new int[] {t.ownGroup[partner], d});
            joined.add(partner);
        }
        if (joined.isEmpty() && masks.isEmpty()) {
            return null;
        }
        double cost = 0;
        for (int[] m : masks) {
            cost += Math.max(t.formCost[m[0]][m[1]], 1e-3);
        }
        return new Repair(List.copyOf(masks), gain(p, problem, ref, joined, leaves, boxes), cost);
    }

    /** What the repair adds to the problem, capped at what it needs. */
    private static long gain(TransferProtection p, Problem problem, int ref, List<Integer> joined, Leaves leaves,
                             long[][] boxes) {
        OccupancyTable t = p.table();
        int threshold = p.threshold();
        if (problem instanceof Problem.SmallLeaf small) {
            long total = 0;
            long added = 0;
            int leaf = leaves.leafOf[ref];
            for (int u = 0; u < leaves.leafOf.length; u++) {
                if (leaf >= 0 && leaves.leafOf[u] == leaf) {
                    total += small.amount(t, u);
                }
            }
            for (int w : joined) {
                added += small.amount(t, w);
            }
            return added == 0 ? 0 : Math.min(threshold, total + added) - Math.min(threshold, total) + 1;
        }
        Problem.Narrow narrow = (Problem.Narrow) problem;
        int[] members = t.groupMembers[narrow.group()];
        long before = p.certificates().width(narrow.group(), narrow.dim());
        long inUp = 0;
        long inDown = 0;
        long outUp = 0;
        long outDown = 0;
        Set<Integer> memberSet = new java.util.HashSet<>();
        for (int u : members) {
            memberSet.add(u);
        }
        List<Integer> leafUnits = new ArrayList<>(joined);
        leafUnits.add(ref);
        int leaf = leaves.leafOf[ref];
        if (leaf >= 0) {
            for (int u = 0; u < leaves.leafOf.length; u++) {
                if (leaves.leafOf[u] == leaf && u != ref) {
                    leafUnits.add(u);
                }
            }
        }
        for (int u : leafUnits) {
            long up = boxes[u][1];
            long down = -boxes[u][0];
            if (memberSet.contains(u)) {
                inUp = Leaves.sat(inUp + up);
                inDown = Leaves.sat(inDown + down);
            } else {
                outUp = Leaves.sat(outUp + up);
                outDown = Leaves.sat(outDown + down);
            }
        }
        long after = Leaves.sat(Math.min(inUp, outDown) + Math.min(inDown, outUp));
        int need = p.requiredWidth();
        return Math.max(0, Math.min(need, Math.max(after, before)) - Math.min(need, before));
    }

    private static String signature(TransferProtection p, int[] groups, int d, Set<Integer> extraMasked) {
        StringBuilder key = new StringBuilder();
        for (int g : groups) {
            if (p.published(g, d) && !extraMasked.contains(g)) {
                key.append(g).append(',');
            }
        }
        return key.toString();
    }

    private static List<Integer> symmetricDifference(int[] a, int[] b) {
        List<Integer> out = new ArrayList<>();
        for (int g : a) {
            if (java.util.Arrays.binarySearch(b, g) < 0) {
                out.add(g);
            }
        }
        for (int g : b) {
            if (java.util.Arrays.binarySearch(a, g) < 0) {
                out.add(g);
            }
        }
        return out;
    }
}
