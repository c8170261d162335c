package fr.dijon.observatoire.audit;

import fr.dijon.observatoire.audit.OccupancyAttack.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A quick, sound proof that a masked unit count is not narrowed: from one feasible point of the published figures,
 * moving households between that unit and the other unknowns of the same commune and the same side of a QPV boundary
 * (other units, unpublished residences) leaves every published sum unchanged. If those moves alone span at least the
 * required width, the linear program can only find a wider interval, and it need not be solved for that unit. When
 * they do not, the attack solves the exact program.
 */
final class Witness {

    private final IntervalProgram lp;
    private final double[] point;
    private final Map<String, Map<String, Integer>> unitVar;
    private final Map<String, Map<String, Integer>> residualVar;
    private final Map<String, Double> residualBound;
    private final List<String> nested;
    private final Map<String, List<Unit>> buckets = new HashMap<>();

    Witness(IntervalProgram lp, double[] point, Map<String, Unit> units, Map<String, Map<String, Integer>> unitVar,
            Map<String, Map<String, Integer>> residualVar, Map<String, Double> residualBound, List<String> components) {
        this.lp = lp;
        this.point = point;
        this.unitVar = unitVar;
        this.residualVar = residualVar;
        this.residualBound = residualBound;
        this.nested = components.size() == 2 ? components : List.of();
        units.values().forEach(u -> buckets.computeIfAbsent(u.commune() + "|" + u.side(), k -> new ArrayList<>()).add(u));
    }

    /** Whether the count of component {@code c} in unit {@code u} provably takes values at least {@code width} apart. */
    boolean wide(String c, Unit u, long width) {
        if (point == null) {
            return false;
        }
        String bucket = u.commune() + "|" + u.side();
        double here = point[unitVar.get(c).get(u.id())];
        double up = Math.min(raise(c, u), partners(c, u, bucket, false));
        double down = Math.min(lower(c, u), partners(c, u, bucket, true));
        if (!nested.isEmpty()) {
            up = Math.max(up, Math.min(jointly(u, true), jointPartners(u, bucket, false)));
            down = Math.max(down, Math.min(jointly(u, false), jointPartners(u, bucket, true)));
        }
        return Math.floor(here + up + 1e-6) - Math.ceil(here - down - 1e-6) >= width;
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

    /** What the other unknowns of the bucket can absorb: rising ({@code rise}) or falling, added up. */
    private double partners(String c, Unit u, String bucket, boolean rise) {
        double total = 0;
        for (Unit w : buckets.getOrDefault(bucket, List.of())) {
            if (!w.id().equals(u.id())) {
                total += rise ? raise(c, w) : lower(c, w);
            }
        }
        Integer r = residualVar.get(c).get(bucket);
        if (r != null) {
            total += rise ? residualRoom(c, u.commune(), r) : Math.max(0, point[r]);
        }
        return total;
    }

    /**
     * How far both nested counts of a unit can rise (or fall) together, which keeps the nesting whatever it is: at the
     * middle point the two counts are often equal, so that neither can move alone in one direction.
     */
    private double jointly(Unit u, boolean rise) {
        double room = Double.POSITIVE_INFINITY;
        for (String c : nested) {
            int v = unitVar.get(c).get(u.id());
            room = Math.min(room, rise ? lp.upper(v) - point[v] : point[v] - lp.lower(v));
        }
        return Math.max(0, room);
    }

    /** What the other unknowns of the bucket can absorb when both nested counts move together. */
    private double jointPartners(Unit u, String bucket, boolean rise) {
        double total = 0;
        for (Unit w : buckets.getOrDefault(bucket, List.of())) {
            if (!w.id().equals(u.id())) {
                total += jointly(w, rise);
            }
        }
        double residual = Double.POSITIVE_INFINITY;
        for (String c : nested) {
            Integer r = residualVar.get(c).get(bucket);
            if (r == null) {
                return total;
            }
            residual = Math.min(residual, rise ? residualRoom(c, u.commune(), r) : Math.max(0, point[r]));
        }
        return total + residual;
    }

    /** How far the unpublished residences of the bucket can rise: up to the commune's bound on all its residuals. */
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
