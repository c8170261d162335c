package fr.dijon.observatoire.audit;

import fr.dijon.observatoire.audit.PublishedOccupancy.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A quick, sound proof that a masked unit count is not narrowed: from one feasible point of the published figures,
 * moving households between that unit and other unknowns that every published sum treats alike (the same commune,
 * unless the commune's total is masked; the same side of a QPV boundary, unless that side's total is masked) leaves
 * every published sum unchanged. If those moves alone span at least the required width, the linear program can only
 * find a wider interval, and it need not be solved for that unit. When they do not, the attack solves the exact
 * program.
 */
final class Witness {

    private final IntervalProgram lp;
    private final double[] point;
    private final Map<String, Unit> units;
    private final Map<String, Map<String, Integer>> unitVar;
    private final Map<String, Map<String, Integer>> residualVar;
    private final Map<String, Double> residualBound;
    private final List<String> nested;
    private final Set<String> binding;
    private final Map<String, Map<String, List<Unit>>> buckets = new HashMap<>();

    Witness(IntervalProgram lp, double[] point, Map<String, Unit> units, Map<String, Map<String, Integer>> unitVar,
            Map<String, Map<String, Integer>> residualVar, Map<String, Double> residualBound, List<String> components,
            Set<String> binding) {
        this.lp = lp;
        this.point = point;
        this.units = units;
        this.unitVar = unitVar;
        this.residualVar = residualVar;
        this.residualBound = residualBound;
        this.nested = components.size() == 2 ? components : List.of();
        this.binding = binding;
    }

    /** Whether the count of component {@code c} in unit {@code u} provably takes values at least {@code width} apart. */
    boolean wide(String c, Unit u, long width) {
        if (point == null) {
            return false;
        }
        List<String> alone = List.of(c);
        String bucket = key(alone, u.commune(), u.side());
        double here = point[unitVar.get(c).get(u.id())];
        double up = Math.min(raise(c, u), partners(alone, u, bucket, false));
        double down = Math.min(lower(c, u), partners(alone, u, bucket, true));
        if (!nested.isEmpty()) {
            // The nesting limits the inner count rising and the outer one falling: first alone, up to the other count,
            // then both together; each count is balanced by its own partners, whose separate moves keep their
            // nestings (checked at the point, where their slack is smallest).
            String inner = nested.get(0);
            String outer = nested.get(1);
            String other = c.equals(inner) ? outer : inner;
            int v = unitVar.get(c).get(u.id());
            int w = unitVar.get(other).get(u.id());
            String otherBucket = key(List.of(other), u.commune(), u.side());
            if (c.equals(inner)) {
                double absorb = partners(alone, u, bucket, false);
                double both = Math.min(Math.min(lp.upper(v) - here - up, lp.upper(w) - point[w]),
                        Math.min(partners(List.of(other), u, otherBucket, false), absorb - up));
                up += Math.max(0, both);
            } else {
                double absorb = partners(alone, u, bucket, true);
                double both = Math.min(Math.min(here - down - lp.lower(v), point[w] - lp.lower(w)),
                        Math.min(partners(List.of(other), u, otherBucket, true), absorb - down));
                down += Math.max(0, both);
            }
        }
        return Math.floor(here + up + 1e-6) - Math.ceil(here - down - 1e-6) >= width;
    }

    /**
     * The class of unknowns that the published sums of {@code components} cannot tell apart: the commune (or « * »
     * when no total of the commune is published for them) and the side (or « * » likewise).
     */
    private String key(List<String> components, String commune, String side) {
        boolean communeBinds = components.stream().anyMatch(c -> binding.contains(c + "|commune:" + commune));
        boolean sideBinds = components.stream().anyMatch(c -> binding.contains(c + "|side:" + side));
        return (communeBinds ? commune : "*") + "|" + (sideBinds ? side : "*");
    }

    private List<Unit> members(List<String> components, String bucket) {
        return buckets.computeIfAbsent(String.join(",", components), k -> {
            Map<String, List<Unit>> byKey = new HashMap<>();
            units.values().forEach(w -> byKey.computeIfAbsent(key(components, w.commune(), w.side()),
                    x -> new ArrayList<>()).add(w));
            return byKey;
        }).getOrDefault(bucket, List.of());
    }

    /** How far the unit's count can rise by itself: its bound, and the nesting below its outer count. */
    private double raise(String c, Unit u) {
        int v = unitVar.get(c).get(u.id());
        double room = lp.upper(v) - point[v];
        if (!nested.isEmpty() && c.equals(nested.get(0))) {
            room = Math.min(room, point[unitVar.get(nested.get(1)).get(u.id())] - point[v]);
        }
        return Math.max(0, room);
    }

    /** How far the unit's count can fall by itself: its bound, and the nesting above its inner count. */
    private double lower(String c, Unit u) {
        int v = unitVar.get(c).get(u.id());
        double room = point[v] - lp.lower(v);
        if (!nested.isEmpty() && c.equals(nested.get(1))) {
            room = Math.min(room, point[v] - point[unitVar.get(nested.get(0)).get(u.id())]);
        }
        return Math.max(0, room);
    }

    /** What the other unknowns of the bucket can absorb in one component, rising ({@code rise}) or falling. */
    private double partners(List<String> components, Unit u, String bucket, boolean rise) {
        double total = 0;
        for (Unit w : members(components, bucket)) {
            if (!w.id().equals(u.id())) {
                total += rise ? raise(components.get(0), w) : lower(components.get(0), w);
            }
        }
        // The unpublished residences of the bucket's communes and sides; rising, one per commune (they share its bound).
        Map<String, Double> byCommune = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, Integer> e : residualVar.get(components.get(0)).entrySet()) {
            String commune = e.getKey().substring(0, e.getKey().indexOf('|'));
            String side = e.getKey().substring(e.getKey().indexOf('|') + 1);
            if (!key(components, commune, side).equals(bucket) || !seen.add(e.getKey())) {
                continue;
            }
            double room = Double.POSITIVE_INFINITY;
            for (String c : components) {
                int r = residualVar.get(c).get(e.getKey());
                room = Math.min(room, rise ? residualRoom(c, commune, r) : Math.max(0, point[r]));
            }
            byCommune.merge(commune, room, rise ? Math::max : Double::sum);
        }
        for (double room : byCommune.values()) {
            total += room;
        }
        return total;
    }

    /** How far one unpublished-residences unknown can rise: up to its commune's bound on all its residuals. */
    private double residualRoom(String c, String commune, int r) {
        Double bound = residualBound.get(commune);
        if (bound == null) {
            return Math.max(0, lp.upper(r) - point[r]);
        }
        double used = 0;
        for (Map.Entry<String, Integer> e : residualVar.get(c).entrySet()) {
            if (e.getKey().startsWith(commune + "|")) {
                used += point[e.getValue()];
            }
        }
        return Math.max(0, Math.min(lp.upper(r) - point[r], bound - used));
    }
}
