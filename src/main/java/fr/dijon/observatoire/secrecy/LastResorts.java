package fr.dijon.observatoire.secrecy;

import fr.dijon.observatoire.secrecy.TransferProtection.Reason;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a protection does when masking the cheapest forms no longer helps, from the least to the most costly:
 * withdraw the most precise published item of a unit's class, free nested counts, widen the masks to a commune then
 * to the territory, withdraw a unit from publication, and finally mask whole dimensions. Each step only masks or
 * withdraws more: it costs information, never discloses.
 */
final class LastResorts {

    private final TransferProtection protection;
    private final OccupancyTable table;
    private final UnitClasses classes;
    private final Certificates certificates;
    private final Set<Integer> withdrawnUnits = new TreeSet<>();

    LastResorts(TransferProtection protection, OccupancyTable table, UnitClasses classes, Certificates certificates) {
        this.protection = protection;
        this.table = table;
        this.classes = classes;
        this.certificates = certificates;
    }

    /**
     * A masked unit form whose own box — how far its count can move at all, whatever is masked around it — is below
     * the threshold cannot be protected by more masks: withdraw the most precise published item of the unit's class
     * (the index, then the main component, then the class), which is what narrows the box. True if any was withdrawn.
     */
    boolean relaxClasses(List<Problem> problems) {
        boolean withdrawn = false;
        Set<Integer> touched = new HashSet<>();
        int required = protection.requiredWidth();
        for (Problem p : problems) {
            if (p instanceof Problem.Narrow n && table.groupLevels[n.group()].equals("unite")) {
                int u = table.groupMembers[n.group()][0];
                if (classes.fragility(u) != null && !touched.contains(u)
                        && certificates.width(n.group(), n.dim()) < required && certificates.span(u, n.dim()) < required) {
                    if (Boolean.getBoolean("secret.trace")) {
                        System.err.println("retrait " + table.units[u] + " " + table.dims[n.dim()] + " largeur "
                                + certificates.width(n.group(), n.dim()) + " étendue " + certificates.span(u, n.dim())
                                + " " + Arrays.toString(classes.published(u)));
                    }
                    touched.add(u);
                    withdrawn |= classes.withdraw(u);
                }
            }
        }
        if (withdrawn) {
            certificates.classesChanged();
        }
        return withdrawn;
    }

    /**
     * When masks stop helping: withdraw, for every unit of an open problem, the most precise published item of its
     * class (which narrows its boxes); then free the nested counts of the units sharing the problem's leaf, so that
     * nested counts can move together; then widen the masks.
     */
    boolean escalate(List<Problem> problems) {
        boolean changed = false;
        Set<Integer> touched = new HashSet<>();
        for (Problem p : problems) {
            if (p.stillOpen(protection)) {
                for (int u : p.units(protection)) {
                    if (classes.fragility(u) != null && touched.add(u) && classes.withdraw(u)) {
                        changed = true;
                        break;
                    }
                }
            }
        }
        if (!changed) {
            for (Problem p : problems) {
                if (p.stillOpen(protection)) {
                    changed |= freeNested(p);
                }
            }
        }
        for (int level = 0; !changed && level < 2; level++) {
            for (Problem p : problems) {
                if (p.stillOpen(protection)) {
                    changed |= widen(p, level);
                }
            }
        }
        if (changed) {
            certificates.classesChanged();
        }
        return changed;
    }

    /** Masks the unit forms of the dimensions nested with the problem's, for the units of its leaf. */
    private boolean freeNested(Problem p) {
        int d = p.dim();
        Leaves leaves = certificates.leaves(certificates.singleFamily(d));
        boolean changed = false;
        for (int u : p.units(protection)) {
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
                    if (other >= 0 && protection.published(own, other) && !protection.locked(own, other)
                            && table.subject[other]) {
                        protection.mask(own, other, Reason.SECONDAIRE);
                        changed = true;
                    }
                }
            }
        }
        return changed;
    }

    /**
     * For a problem no finer mask solves: mask every published form of its dimension in the communes of its units
     * (level 0), then in the whole territory but the territory itself (level 1).
     */
    private boolean widen(Problem p, int level) {
        int d = p.dim();
        Set<Integer> communes = new HashSet<>();
        for (int u : p.units(protection)) {
            for (int g : table.unitGroups[u]) {
                if (table.groupLevels[g].equals("commune")) {
                    communes.add(g);
                }
            }
        }
        boolean changed = false;
        for (int g = 0; g < table.groupCount(); g++) {
            if (!protection.published(g, d) || protection.locked(g, d) || table.groupLevels[g].equals("epci")) {
                continue;
            }
            boolean inCommune = communes.contains(g);
            for (int u : table.groupMembers[g]) {
                for (int c : table.unitGroups[u]) {
                    inCommune |= communes.contains(c) && table.groupLevels[g].equals("unite");
                }
            }
            if (level == 1 || inCommune) {
                protection.mask(g, d, Reason.SECONDAIRE);
                changed = true;
            }
        }
        return changed;
    }

    /**
     * For a unit form nothing else protects: the unit is withdrawn from publication — none of its occupancy figures
     * (households, shares, class) is published, as for a residence too small to publish; its households stay in the
     * published totals, and the leaf totals that a reader derives stay protected.
     */
    boolean withdrawUnits(List<Problem> problems) {
        boolean changed = false;
        for (Problem p : problems) {
            if (p instanceof Problem.Narrow n && table.groupLevels[n.group()].equals("unite") && p.stillOpen(protection)) {
                int u = table.groupMembers[n.group()][0];
                if (withdrawnUnits.add(u)) {
                    for (int d = 0; d < table.dimCount(); d++) {
                        if (table.hasForm(n.group(), d) && !protection.locked(n.group(), d)) {
                            protection.mask(n.group(), d, Reason.RETRAIT);
                        }
                    }
                    while (classes.fragility(u) != null && classes.withdraw(u)) {
                        certificates.classesChanged();
                    }
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** Whether the group is the own group of a unit withdrawn from publication. */
    boolean ownOfWithdrawn(int g) {
        return table.groupLevels[g].equals("unite") && withdrawnUnits.contains(table.groupMembers[g][0]);
    }

    /** Whether the unit was withdrawn from publication. */
    boolean withdrawn(String unit) {
        return withdrawnUnits.stream().anyMatch(u -> table.units[u].equals(unit));
    }

    /**
     * The safe end of every protection: mask, at every level, each published form of the open problems' dimensions
     * and of the dimensions inside them (with {@code outer}, also of those containing them), even forms published
     * before, and withdraw the classes of their units. Masking more never discloses; it only costs information, on
     * tables too small to protect otherwise.
     */
    boolean suppressDimensions(List<Problem> problems, boolean outer) {
        Set<Integer> dims = new TreeSet<>();
        boolean changed = false;
        for (Problem p : problems) {
            if (p.stillOpen(protection)) {
                dims.add(p.dim());
                for (int[] nest : table.impliedNestings) {
                    if (nest[1] == p.dim() || outer && nest[0] == p.dim()) {
                        dims.add(nest[0]);
                        dims.add(nest[1]);
                    }
                }
                for (int u : p.units(protection)) {
                    while (classes.fragility(u) != null && classes.withdraw(u)) {
                        changed = true;
                    }
                }
            }
        }
        for (int g = 0; g < table.groupCount(); g++) {
            for (int d : dims) {
                if (protection.published(g, d) && table.subject[d]) {
                    protection.mask(g, d, Reason.SECONDAIRE);
                    changed = true;
                }
            }
        }
        if (changed) {
            certificates.classesChanged();
        }
        return changed;
    }
}
