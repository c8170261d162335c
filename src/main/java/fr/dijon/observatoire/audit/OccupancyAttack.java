package fr.dijon.observatoire.audit;

import fr.dijon.observatoire.audit.PublishedOccupancy.Area;
import fr.dijon.observatoire.audit.PublishedOccupancy.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The attack on the occupancy figures of a pack: unit shares (residences and groups) and territorial shares, each
 * published in whole percent next to its number of responding households. It rebuilds, for each share resting on the
 * responding households, the counts a reader can infer:
 * <ul>
 *   <li>derived counts: the numerators (and complements) compatible with a published share and its denominator;</li>
 *   <li>intervals: every masked share's numerator, given all the published shares of the units, communes, QPV, the
 *       outside-QPV part and the territory (they add up), the households of unpublished residences as unknowns, and the
 *       nesting of « below 20 % » in « below 60 % » of the ceilings (linear programming).</li>
 * </ul>
 */
final class OccupancyAttack {

    /** The components whose denominator is the responding households, the inner ones first. */
    static final List<String> COMPONENTS = List.of("tres_bas_revenus", "eligibles_plai", "beneficiaires_apl",
            "familles_monoparentales", "familles_nombreuses");

    private final int threshold;
    private final List<Breach> breaches = new ArrayList<>();

    /** Whether a masked unit count proven wide by a {@link Witness} skips its linear programs (off only in tests). */
    private final boolean witnesses;
    private int shortcuts;

    OccupancyAttack(int threshold) {
        this(threshold, true);
    }

    OccupancyAttack(int threshold, boolean witnesses) {
        this.threshold = threshold;
        this.witnesses = witnesses;
    }

    private final Map<String, java.util.Set<String>> qpvsByCommune = new HashMap<>();

    List<Breach> attack(PublishedPack pack) {
        PublishedOccupancy occupancy = PublishedOccupancy.read(pack, COMPONENTS);
        derivedCounts(occupancy.units(), occupancy.areas());
        intervals(occupancy, List.of("tres_bas_revenus", "eligibles_plai"));
        for (String component : COMPONENTS.subList(2, COMPONENTS.size())) {
            intervals(occupancy, List.of(component));
        }
        return breaches;
    }

    /** How many masked unit counts a witness proved wide, sparing their linear programs. */
    int shortcuts() {
        return shortcuts;
    }

    // ------------------------------------------------------------------ derived counts

    private void derivedCounts(Map<String, Unit> units, Map<String, Area> areas) {
        for (Unit u : units.values()) {
            check("residences.csv", "unité " + u.id(), u.respondents(), u.shares());
        }
        for (Area a : areas.values()) {
            check(a.level().equals("commune") ? "communes.csv" : "qpv.csv", a.level() + " " + a.code(), a.respondents(),
                    a.shares());
        }
    }

    private void check(String file, String figure, Double respondents, Map<String, Double> shares) {
        if (respondents == null) {
            return;
        }
        long r = Math.round(respondents);
        for (String c : COMPONENTS) {
            long[] n = numerators(shares.get(c), r);
            if (n != null && small(n[0], n[1])) {
                breaches.add(new Breach(Breach.DERIVED, file, figure + ", " + c, "la part et les " + r
                        + " ménages répondants donnent de " + n[0] + " à " + n[1] + " ménages"));
            }
            if (n != null && small(r - n[1], r - n[0])) {
                breaches.add(new Breach(Breach.DERIVED, file, figure + ", " + c + " (complément)", "la part et les " + r
                        + " ménages répondants donnent de " + (r - n[1]) + " à " + (r - n[0]) + " ménages hors de la catégorie"));
            }
        }
        long[] inner = numerators(shares.get("tres_bas_revenus"), r);
        long[] outer = numerators(shares.get("eligibles_plai"), r);
        if (inner != null && outer != null && small(Math.max(0, outer[0] - inner[1]), outer[1] - inner[0])) {
            breaches.add(new Breach(Breach.DERIVED, file, figure + ", ménages entre 20 et 60 % des plafonds",
                    "la différence des deux parts donne de " + Math.max(0, outer[0] - inner[1]) + " à "
                            + (outer[1] - inner[0]) + " ménages"));
        }
    }

    /** The numerators n in [0, r] compatible with a share published to two decimals: {min, max}, or null. */
    static long[] numerators(Double share, long r) {
        if (share == null || r <= 0) {
            return null;
        }
        long lo = (long) Math.ceil((share - 0.005) * r - 1e-9);
        long hi = (long) Math.floor((share + 0.005) * r + 1e-9);
        return new long[] {Math.max(0, lo), Math.min(r, hi)};
    }

    private boolean small(long lo, long hi) {
        return lo >= 1 && hi <= threshold - 1;
    }

    // ------------------------------------------------------------------ intervals

    /** One linear program over the listed (nested) components, all units and unpublished residences. */
    private void intervals(PublishedOccupancy occupancy, List<String> components) {
        Map<String, Unit> units = occupancy.units();
        Map<String, Area> areas = occupancy.areas();
        IntervalProgram lp = new IntervalProgram();
        Map<String, Map<String, Integer>> unitVar = new HashMap<>();
        Map<String, Map<String, Integer>> residualVar = new HashMap<>();
        Map<String, List<Unit>> byCommune = new TreeMap<>();
        units.values().forEach(u -> byCommune.computeIfAbsent(u.commune(), k -> new ArrayList<>()).add(u));
        for (String c : components) {
            Map<String, Integer> vars = new HashMap<>();
            for (Unit u : units.values()) {
                double cap = u.respondents() != null ? u.respondents() : u.dwellings();
                long[] n = u.respondents() == null ? null : numerators(u.shares().get(c), Math.round(u.respondents()));
                vars.put(u.id(), n != null ? lp.unknown(c + ":" + u.id(), n[0], n[1]) : lp.unknown(c + ":" + u.id(), 0, cap));
            }
            unitVar.put(c, vars);
            Map<String, Integer> residuals = new HashMap<>();
            for (String commune : occupancy.communes()) {
                residuals.put(commune + "|hors", lp.unknown(c + ":reste:" + commune + ":hors", 0, Double.POSITIVE_INFINITY));
                for (String q : occupancy.qpvs(commune)) {
                    residuals.put(commune + "|" + q, lp.unknown(c + ":reste:" + commune + ":" + q, 0, Double.POSITIVE_INFINITY));
                }
            }
            residualVar.put(c, residuals);
            for (Area a : areas.values()) {
                long[] n = a.respondents() == null ? null : numerators(a.shares().get(c), Math.round(a.respondents()));
                if (n != null) {
                    lp.constrain(occupancy.members(a, vars, residuals), n[0], n[1]);
                }
            }
        }
        Map<String, Double> left = residualBounds(lp, units, areas, components, residualVar);
        if (components.size() == 2) {
            for (Unit u : units.values()) {
                lp.constrain(Map.of(unitVar.get(components.get(0)).get(u.id()), 1.0,
                        unitVar.get(components.get(1)).get(u.id()), -1.0), Double.NEGATIVE_INFINITY, 0);
            }
        }
        Map<Integer, Double> spread = new HashMap<>();
        for (String c : components) {
            units.values().stream().filter(u -> u.respondents() != null && u.shares().get(c) == null)
                    .forEach(u -> spread.put(unitVar.get(c).get(u.id()), 1.0));
        }
        Witness witness = new Witness(lp, lp.innerPoint(spread), units, unitVar, residualVar, left, components,
                bindingAreas(areas, components));
        for (String c : components) {
            for (Unit u : units.values()) {
                if (u.respondents() != null && u.shares().get(c) == null && witnesses && witness.wide(c, u, threshold - 1)) {
                    shortcuts++;
                } else if (u.respondents() != null && u.shares().get(c) == null) {
                    audit(lp, Map.of(unitVar.get(c).get(u.id()), 1.0), "residences.csv", "unité " + u.id() + ", " + c);
                }
            }
            for (Area a : areas.values()) {
                if (a.respondents() != null && a.shares().get(c) == null) {
                    audit(lp, occupancy.members(a, unitVar.get(c), residualVar.get(c)),
                            a.level().equals("commune") ? "communes.csv" : "qpv.csv", a.level() + " " + a.code() + ", " + c);
                }
            }
        }
    }

    /**
     * The areas whose total of a component is published (so it binds moves between its members), as
     * « component|commune:code » and « component|side:code » (side « hors » for the outside-QPV part).
     */
    private static java.util.Set<String> bindingAreas(Map<String, Area> areas, List<String> components) {
        java.util.Set<String> binding = new java.util.HashSet<>();
        for (Area a : areas.values()) {
            for (String c : components) {
                if (a.respondents() == null || numerators(a.shares().get(c), Math.round(a.respondents())) == null) {
                    continue;
                }
                switch (a.level()) {
                    case "commune" -> binding.add(c + "|commune:" + a.code());
                    case "qpv" -> binding.add(c + "|side:" + a.code());
                    case "hors_qpv" -> binding.add(c + "|side:hors");
                    default -> { }
                }
            }
        }
        return binding;
    }

    /**
     * Households of the unpublished residences of a commune: at most its respondents minus its units'. Returns that
     * bound for each commune where it is known.
     */
    private static Map<String, Double> residualBounds(IntervalProgram lp, Map<String, Unit> units, Map<String, Area> areas,
                                       List<String> components, Map<String, Map<String, Integer>> residualVar) {
        Map<String, Double> bounds = new HashMap<>();
        for (Area a : areas.values()) {
            if (!a.level().equals("commune") || a.respondents() == null) {
                continue;
            }
            double left = a.respondents();
            boolean known = true;
            for (Unit u : units.values()) {
                if (u.commune().equals(a.code())) {
                    if (u.respondents() == null) {
                        known = false;
                    } else {
                        left -= u.respondents();
                    }
                }
            }
            if (!known) {
                continue;
            }
            for (String c : components) {
                Map<Integer, Double> terms = new HashMap<>();
                residualVar.get(c).forEach((key, v) -> {
                    if (key.startsWith(a.code() + "|")) {
                        terms.put(v, 1.0);
                    }
                });
                lp.constrain(terms, 0, Math.max(0, left));
            }
            bounds.put(a.code(), Math.max(0, left));
        }
        return bounds;
    }

    private void audit(IntervalProgram lp, Map<Integer, Double> target, String file, String figure) {
        double[] range = lp.range(target);
        if (range == null) {
            return;
        }
        long lo = (long) Math.ceil(range[0] - 1e-6);
        long hi = Double.isInfinite(range[1]) ? Long.MAX_VALUE : (long) Math.floor(range[1] + 1e-6);
        if (hi == lo) {
            breaches.add(new Breach(Breach.EXACT, file, figure, "la valeur masquée vaut " + lo + " ménages"));
        } else if (hi != Long.MAX_VALUE && hi - lo < threshold - 1) {
            breaches.add(new Breach(Breach.NARROW, file, figure, "la valeur masquée est comprise entre " + lo + " et " + hi
                    + " ménages"));
        }
    }
}
