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
    private final Certificates certificates;
    private final LastResorts lastResorts;
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
        this.classes = new UnitClasses(table, unitClasses);
        this.certificates = new Certificates(this, table, classes);
        this.lastResorts = new LastResorts(this, table, classes, certificates);
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
            if (lastResorts.relaxClasses(problems)) {
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
                changed = lastResorts.escalate(problems);
            }
            if (!changed) {
                changed = lastResorts.withdrawUnits(problems);
            }
            if (!changed) {
                changed = lastResorts.suppressDimensions(problems, false)
                        || lastResorts.suppressDimensions(problems, true);
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

    void mask(int g, int d, Reason reason) {
        masked[g][d] = true;
        reasons[g][d] = reason;
        certificates.masksChanged();
    }

    boolean published(int g, int d) {
        return table.hasForm(g, d) && !masked[g][d];
    }

    // ---------------------------------------------------------------- problems

    private List<Problem> problems() {
        certificates.masksChanged();
        List<Problem> problems = new ArrayList<>();
        for (int d = 0; d < table.dimCount(); d++) {
            if (!table.subject[d]) {
                continue;
            }
            for (int g = 0; g < table.groupCount(); g++) {
                if (table.hasForm(g, d) && masked[g][d] && !ownOfWithdrawn(g)
                        && certificates.width(g, d) < requiredWidth()) {
                    problems.add(new Problem.Narrow(g, d));
                }
            }
            Leaves leaves = certificates.leaves(certificates.singleFamily(d));
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
        certificates.masksChanged();
        return true;
    }

    // ---------------------------------------------------------------- accessors for repairs and problems

    OccupancyTable table() {
        return table;
    }

    UnitClasses classes() {
        return classes;
    }

    Certificates certificates() {
        return certificates;
    }

    /** Whether the group is the own group of a unit withdrawn from publication. */
    boolean ownOfWithdrawn(int g) {
        return lastResorts.ownOfWithdrawn(g);
    }

    /** Whether the unit was withdrawn from publication. */
    public boolean withdrawn(String unit) {
        return lastResorts.withdrawn(unit);
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
        certificates.masksChanged();
        List<Decision> list = new ArrayList<>();
        for (int g = 0; g < table.groupCount(); g++) {
            for (int d = 0; d < table.dimCount(); d++) {
                if (table.hasForm(g, d)) {
                    list.add(new Decision(table.formKey[g][d], !masked[g][d], reasons[g][d],
                            masked[g][d] ? certificates.width(g, d) : 0));
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
