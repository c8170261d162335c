package fr.dijon.observatoire.secrecy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Statistical secrecy of the occupancy table. Primary suppression masks every form resting on 1 to threshold − 1
 * households and, for nested dimensions, every form whose difference with its outer form is that small (the
 * complement). Secondary suppression then masks more forms until a certificate proves, for every masked form, that
 * its value can move by at least the threshold without changing anything published: households are moved between
 * units a reader cannot tell apart (see {@link Leaves}), each within its box ({@link Families}). It also keeps the
 * total of each leaf — which a reader can derive by subtraction — at zero or at least the threshold. The
 * certificate exhibits feasible tables, so it never overstates the protection; an independent LP audit of the
 * published files checks it again.
 */
public final class TransferProtection {

    /** Why a form is masked. */
    public enum Reason {
        PRIMAIRE, COMPLEMENT, SECONDAIRE, STABLE, RETRAIT
    }

    /** The decision on one form. */
    public record Decision(String key, boolean published, Reason reason, long reach) {
    }

    private final OccupancyTable table;
    private final Families families;
    private final UnitClasses classes;
    private final boolean[][] masked;
    private final Reason[][] reasons;
    private final boolean[][] locked;
    private final int threshold;

    /**
     * @param previouslyMasked    keys masked by the previous publication of the same inputs: masked again
     * @param previouslyPublished keys published by it: they stay published (a reader already has them)
     */
    public TransferProtection(OccupancyTable table, Map<String, UnitClass> unitClasses, Set<String> previouslyMasked,
                              Set<String> previouslyPublished) {
        this.table = table;
        this.families = new Families(table);
        this.classes = new UnitClasses(table, unitClasses);
        this.threshold = table.threshold;
        int groups = table.groupCount();
        int dims = table.dimCount();
        masked = new boolean[groups][dims];
        reasons = new Reason[groups][dims];
        locked = new boolean[groups][dims];
        for (int g = 0; g < groups; g++) {
            for (int d = 0; d < dims; d++) {
                String key = table.formKey[g][d];
                if (key != null && previouslyMasked.contains(key)) {
                    mask(g, d, Reason.STABLE);
                } else if (key != null && previouslyPublished.contains(key)) {
                    locked[g][d] = true;
                }
            }
        }
    }

    /** Runs primary then secondary suppression; returns the decision on every form. */
    public List<Decision> protect() {
        primary();
        int best = Integer.MAX_VALUE;
        int stalled = 0;
        for (int round = 0; round < 10_000; round++) {
            List<Problem> problems = problems();
            if (Boolean.getBoolean("secret.trace")) {
                ProtectionTrace.print(this, round, problems);
            }
            if (problems.isEmpty()) {
                return decisions();
            }
            if (relaxClasses(problems)) {
                continue;
            }
            boolean changed = false;
            for (Problem p : problems) {
                if (p.stillOpen(this)) {
                    changed |= repair(p);
                }
            }
            if (problems.size() < best) {
                best = problems.size();
                stalled = 0;
            } else if (++stalled >= 2) {
                changed = false;
                stalled = 0;
            }
            if (!changed) {
                changed = escalate(problems);
            }
            if (!changed) {
                changed = withdrawUnits(problems);
            }
            if (!changed) {
                changed = suppressDimensions(problems, false) || suppressDimensions(problems, true);
            }
            if (!changed) {
                // Every form of the open problems' dimensions is masked, at every level, and their units' classes are
                // withdrawn: nothing more can be masked. What stays narrow is withdrawn from publication like a unit
                // that cannot be protected (the verifier still attacks what is published).
                for (Problem p : problems) {
                    if (p instanceof Problem.Narrow n && p.stillOpen(this)) {
                        mask(n.group(), n.dim(), Reason.RETRAIT);
                    }
                }
                return decisions();
            }
        }
        throw new IllegalStateException("secret statistique : la protection ne converge pas");
    }

    /**
     * The safe end of every protection: mask, at every level, each published form of the open problems' dimensions
     * and of the dimensions inside them (with {@code outer}, also of those containing them), even forms published
     * before, and withdraw the classes of their units. Masking more never discloses; it only costs information, on
     * tables too small to protect otherwise.
     */
    private boolean suppressDimensions(List<Problem> problems, boolean outer) {
        java.util.Set<Integer> dims = new java.util.TreeSet<>();
        boolean changed = false;
        for (Problem p : problems) {
            if (p.stillOpen(this)) {
                dims.add(p.dim());
                for (int[] nest : table.impliedNestings) {
                    if (nest[1] == p.dim() || outer && nest[0] == p.dim()) {
                        dims.add(nest[0]);
                        dims.add(nest[1]);
                    }
                }
                for (int u : p.units(this)) {
                    while (classes.fragility(u) != null && classes.withdraw(u)) {
                        changed = true;
                    }
                }
            }
        }
        for (int g = 0; g < table.groupCount(); g++) {
            for (int d : dims) {
                if (published(g, d) && table.subject[d]) {
                    mask(g, d, Reason.SECONDAIRE);
                    changed = true;
                }
            }
        }
        if (changed) {
            boxCache = null;
            invalidate();
        }
        return changed;
    }

    // ---------------------------------------------------------------- primary

    private void primary() {
        for (int g = 0; g < table.groupCount(); g++) {
            for (int d = 0; d < table.dimCount(); d++) {
                if (table.hasForm(g, d) && table.subject[d] && !masked[g][d] && small(table.total(g, d))) {
                    maskOrKeep(g, d, Reason.PRIMAIRE);
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] nest : table.impliedNestings) {
                int inner = nest[0];
                int outer = nest[1];
                if (!table.subject[inner] || !table.subject[outer]) {
                    continue;
                }
                for (int g = 0; g < table.groupCount(); g++) {
                    if (published(g, inner) && published(g, outer)
                            && small(table.total(g, outer) - table.total(g, inner))) {
                        if (!locked[g][inner]) {
                            mask(g, inner, Reason.COMPLEMENT);
                        } else {
                            maskOrKeep(g, outer, Reason.COMPLEMENT);
                        }
                        changed = true;
                    }
                }
            }
        }
    }

    private void maskOrKeep(int g, int d, Reason reason) {
        if (locked[g][d]) {
            throw new IllegalStateException("secret statistique : « " + table.formKey[g][d] + " » a été publié à la "
                    + "période précédente avec la même valeur et devrait maintenant être masqué : les entrées ont changé "
                    + "sans changer de millésime ; recalculez la période précédente (--recalculer).");
        }
        mask(g, d, reason);
    }

    private boolean small(long count) {
        return count >= 1 && count < threshold;
    }

    private void mask(int g, int d, Reason reason) {
        masked[g][d] = true;
        reasons[g][d] = reason;
        invalidate();
    }

    boolean published(int g, int d) {
        return table.hasForm(g, d) && !masked[g][d];
    }

    // ---------------------------------------------------------------- certificates

    private Leaves[] leavesCache;
    private long[][][] boxCache;

    /** The leaves of one family under the current masks. */
    Leaves leaves(int family) {
        if (leavesCache == null) {
            leavesCache = new Leaves[families.count()];
        }
        Leaves cached = leavesCache[family];
        if (cached != null) {
            return cached;
        }
        int[] dims = families.dims(family);
        boolean[] pub = new boolean[table.groupCount()];
        for (int g = 0; g < pub.length; g++) {
            for (int d : dims) {
                pub[g] |= published(g, d);
            }
        }
        Leaves leaves = new Leaves(table, classes, pub, boxes(family));
        leavesCache[family] = leaves;
        return leaves;
    }

    /** Every unit's box for a family: {lowest, highest} shift; they change only when a class item is withdrawn. */
    long[][] boxes(int family) {
        if (boxCache == null) {
            boxCache = new long[families.count()][][];
        }
        if (boxCache[family] == null) {
            long[][] boxes = new long[table.unitCount()][];
            for (int u = 0; u < boxes.length; u++) {
                boxes[u] = families.box(family, u, classes.fragility(u), classes.published(u));
            }
            boxCache[family] = boxes;
        }
        return boxCache[family];
    }

    private void invalidate() {
        leavesCache = null;
        deepCache.clear();
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

    long width(int g, int d) {
        long[] r = reach(g, d);
        long width = Leaves.sat(r[0] + r[1]);
        if (width >= requiredWidth() || indexPublished(g)) {
            return width;
        }
        return deepCache.computeIfAbsent((long) g * table.dimCount() + d,
                k -> Math.max(width, new DeepCertificate(this).width(g, d, requiredWidth())));
    }

    private final java.util.Map<Long, Long> deepCache = new java.util.HashMap<>();

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

    int singleFamily(int d) {
        for (int family : families.of(d)) {
            if (families.dims(family).length == 1) {
                return family;
            }
        }
        throw new IllegalStateException("famille simple absente pour " + table.dims[d]);
    }

    // ---------------------------------------------------------------- problems

    private List<Problem> problems() {
        invalidate();
        List<Problem> problems = new ArrayList<>();
        for (int d = 0; d < table.dimCount(); d++) {
            if (!table.subject[d]) {
                continue;
            }
            for (int g = 0; g < table.groupCount(); g++) {
                if (table.hasForm(g, d) && masked[g][d] && !ownOfWithdrawn(g) && width(g, d) < requiredWidth()) {
                    problems.add(new Problem.Narrow(g, d));
                }
            }
            Leaves leaves = leaves(singleFamily(d));
            long[] totals = leaves.totals(table.value[d]);
            int[][] members = leaves.members();
            for (int leaf = 0; leaf < leaves.count; leaf++) {
                if (small(totals[leaf]) && members[leaf].length > 0) {
                    problems.add(new Problem.SmallLeaf(d, -1, members[leaf][0]));
                }
            }
        }
        for (int[] nest : table.nestings) {
            if (table.subject[nest[0]] && table.subject[nest[1]]) {
                problems.addAll(Problem.SmallLeaf.complements(this, nest[0], nest[1]));
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------- repairs

    /** Masks the cheapest set of forms that solves (or most reduces) the problem; false if none helps. */
    private boolean repair(Problem p) {
        Repair best = Repairs.best(this, p);
        if (best == null) {
            return false;
        }
        for (int[] form : best.masks()) {
            mask(form[0], form[1], Reason.SECONDAIRE);
        }
        invalidate();
        return true;
    }

    /**
     * A masked unit form whose own box — how far its count can move at all, whatever is masked around it — is below
     * the threshold cannot be protected by more masks: withdraw the most precise published item of the unit's class
     * (the index, then the main component, then the class), which is what narrows the box. True if any was withdrawn.
     */
    private boolean relaxClasses(List<Problem> problems) {
        boolean withdrawn = false;
        java.util.Set<Integer> touched = new java.util.HashSet<>();
        for (Problem p : problems) {
            if (p instanceof Problem.Narrow n && table.groupLevels[n.group()].equals("unite")) {
                int u = table.groupMembers[n.group()][0];
                if (classes.fragility(u) != null && !touched.contains(u) && width(n.group(), n.dim()) < requiredWidth()
                        && span(u, n.dim()) < requiredWidth()) {
                    if (Boolean.getBoolean("secret.trace")) {
                        System.err.println("retrait " + table.units[u] + " " + table.dims[n.dim()] + " largeur "
                                + width(n.group(), n.dim()) + " étendue " + span(u, n.dim()) + " "
                                + java.util.Arrays.toString(classes.published(u)));
                    }
                    touched.add(u);
                    withdrawn |= classes.withdraw(u);
                }
            }
        }
        if (withdrawn) {
            boxCache = null;
            invalidate();
        }
        return withdrawn;
    }

    /** The widest range a unit's count can take over the families of a dimension. */
    private long span(int unit, int dim) {
        long best = 0;
        for (int family : families.of(dim)) {
            long[] box = boxes(family)[unit];
            best = Math.max(best, Leaves.sat(box[1] - box[0]));
        }
        return best;
    }

    /**
     * When masks stop helping: withdraw, for every unit of an open problem, the most precise published item of its
     * class (which narrows its boxes); then, as a last resort, free the nested counts of the units sharing the
     * problem's leaf, so that nested counts can move together.
     */
    private boolean escalate(List<Problem> problems) {
        boolean changed = false;
        java.util.Set<Integer> touched = new java.util.HashSet<>();
        for (Problem p : problems) {
            if (p.stillOpen(this)) {
                for (int u : p.units(this)) {
                    if (classes.fragility(u) != null && touched.add(u) && classes.withdraw(u)) {
                        changed = true;
                        break;
                    }
                }
            }
        }
        if (!changed) {
            for (Problem p : problems) {
                if (p.stillOpen(this)) {
                    changed |= freeNested(p);
                }
            }
        }
        for (int level = 0; !changed && level < 2; level++) {
            for (Problem p : problems) {
                if (p.stillOpen(this)) {
                    changed |= widen(p, level);
                }
            }
        }
        if (changed) {
            boxCache = null;
            invalidate();
        }
        return changed;
    }

    /**
     * Last resorts, for a problem no finer mask solves: mask every published form of its dimension in the communes of
     * its units (level 0), then in the whole territory but the territory itself (level 1).
     */
    private boolean widen(Problem p, int level) {
        int d = p.dim();
        java.util.Set<Integer> communes = new java.util.HashSet<>();
        for (int u : p.units(this)) {
            for (int g : table.unitGroups[u]) {
                if (table.groupLevels[g].equals("commune")) {
                    communes.add(g);
                }
            }
        }
        boolean changed = false;
        for (int g = 0; g < table.groupCount(); g++) {
            if (!published(g, d) || locked[g][d] || table.groupLevels[g].equals("epci")) {
                continue;
            }
            boolean inCommune = communes.contains(g);
            for (int u : table.groupMembers[g]) {
                for (int c : table.unitGroups[u]) {
                    inCommune |= communes.contains(c) && table.groupLevels[g].equals("unite");
                }
            }
            if (level == 1 || inCommune) {
                mask(g, d, Reason.SECONDAIRE);
                changed = true;
            }
        }
        return changed;
    }

    private final java.util.Set<Integer> withdrawnUnits = new java.util.TreeSet<>();

    /**
     * The very last resort, for a unit form nothing else protects: the unit is withdrawn from publication — none of
     * its occupancy figures (households, shares, class) is published, as for a residence too small to publish; its
     * households stay in the published totals, and the leaf totals that a reader derives stay protected.
     */
    private boolean withdrawUnits(List<Problem> problems) {
        boolean changed = false;
        for (Problem p : problems) {
            if (p instanceof Problem.Narrow n && table.groupLevels[n.group()].equals("unite") && p.stillOpen(this)) {
                int u = table.groupMembers[n.group()][0];
                if (withdrawnUnits.add(u)) {
                    for (int d = 0; d < table.dimCount(); d++) {
                        if (table.hasForm(n.group(), d) && !locked[n.group()][d]) {
                            mask(n.group(), d, Reason.RETRAIT);
                        }
                    }
                    while (classes.fragility(u) != null && classes.withdraw(u)) {
                        boxCache = null;
                    }
                    changed = true;
                }
            }
        }
        return changed;
    }

    boolean ownOfWithdrawn(int g) {
        return table.groupLevels[g].equals("unite") && withdrawnUnits.contains(table.groupMembers[g][0]);
    }

    /** Whether the unit was withdrawn from publication. */
    public boolean withdrawn(String unit) {
        for (int u : withdrawnUnits) {
            if (table.units[u].equals(unit)) {
                return true;
            }
        }
        return false;
    }

    /** Masks the unit forms of the dimensions nested with the problem's, for the units of its leaf. */
    private boolean freeNested(Problem p) {
        int d = p.dim();
        Leaves leaves = leaves(singleFamily(d));
        boolean changed = false;
        for (int u : p.units(this)) {
            int leaf = leaves.leafOf[u];
            if (leaf < 0) {
                continue;
            }
            for (int w : leaves.members()[leaf]) {
                int own = table.ownGroup[w];
                if (own < 0) {
                    continue;
                }
                for (int[] nest : table.nestings) {
                    int other = nest[0] == d ? nest[1] : nest[1] == d ? nest[0] : -1;
                    if (other >= 0 && published(own, other) && !locked[own][other] && table.subject[other]) {
                        mask(own, other, Reason.SECONDAIRE);
                        changed = true;
                    }
                }
            }
        }
        return changed;
    }

    // ---------------------------------------------------------------- accessors for repairs and problems

    OccupancyTable table() {
        return table;
    }

    UnitClasses classes() {
        return classes;
    }

    boolean locked(int g, int d) {
        return locked[g][d];
    }

    boolean masked(int g, int d) {
        return masked[g][d];
    }

    int threshold() {
        return threshold;
    }

    /**
     * How far a masked count must be able to move: its interval must hold at least threshold values (from 1 to 11
     * for a threshold of 11), so that a reader cannot tell it lies among fewer values than a published count would.
     */
    int requiredWidth() {
        return threshold - 1;
    }

    /** What of each unit's class stays published: {unit id → published items}. */
    public boolean[] classPublished(String unit) {
        for (int u = 0; u < table.unitCount(); u++) {
            if (table.units[u].equals(unit)) {
                return classes.published(u).clone();
            }
        }
        return new boolean[UnitClass.Published.values().length];
    }

    private List<Decision> decisions() {
        invalidate();
        List<Decision> list = new ArrayList<>();
        for (int g = 0; g < table.groupCount(); g++) {
            for (int d = 0; d < table.dimCount(); d++) {
                if (table.hasForm(g, d)) {
                    list.add(new Decision(table.formKey[g][d], !masked[g][d], reasons[g][d],
                            masked[g][d] ? width(g, d) : 0));
                }
            }
        }
        return list;
    }

    @Override
    public String toString() {
        return "TransferProtection" + Arrays.toString(table.dims);
    }
}
