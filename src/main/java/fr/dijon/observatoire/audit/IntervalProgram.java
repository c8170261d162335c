package fr.dijon.observatoire.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * What an attacker can infer from published figures: unknown counts (each with a lower and an upper bound), and
 * linear constraints on them whose value is known to lie in an interval (a share rounded to whole percent gives its
 * numerator to within half a percent of its denominator). It answers, by linear programming (ojAlgo), the interval
 * any combination of the unknowns can take.
 */
final class IntervalProgram {

    private record Constraint(Map<Integer, Double> terms, double lo, double hi) {
    }

    private final List<double[]> bounds = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();

    /** A new unknown in [lo, hi] (hi may be infinite). */
    int unknown(String name, double lo, double hi) {
        names.add(name);
        bounds.add(new double[] {lo, hi});
        return names.size() - 1;
    }

    int size() {
        return names.size();
    }

    String name(int i) {
        return names.get(i);
    }

    /** lo ≤ Σ terms ≤ hi. */
    void constrain(Map<Integer, Double> terms, double lo, double hi) {
        constraints.add(new Constraint(terms, lo, hi));
    }

    /** {min, max} of Σ terms; max is infinite when unbounded; null when the published figures contradict. */
    double[] range(Map<Integer, Double> terms) {
        Double min = optimum(terms, false);
        Double max = optimum(terms, true);
        if (min == null || max == null) {
            return null;
        }
        return new double[] {min, max};
    }

    /**
     * A feasible point away from the bounds where it can be: the middle of the points that minimise and maximise the sum
     * of {@code spread} (the published figures are convex, so the middle is feasible too); null when they contradict.
     */
    double[] innerPoint(Map<Integer, Double> spread) {
        double[] low = solution(spread, false);
        double[] high = solution(spread, true);
        if (low == null || high == null) {
            return null;
        }
        double[] middle = new double[low.length];
        for (int i = 0; i < middle.length; i++) {
            middle[i] = (low[i] + high[i]) / 2;
        }
        return middle;
    }

    double lower(int i) {
        return bounds.get(i)[0];
    }

    double upper(int i) {
        return bounds.get(i)[1];
    }

    private double[] solution(Map<Integer, Double> target, boolean maximise) {
        Optimisation.Result result = solve(target, maximise);
        if (!result.getState().isFeasible() || result.getState() == Optimisation.State.UNBOUNDED) {
            return null;
        }
        double[] values = new double[names.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = result.doubleValue(i);
        }
        return values;
    }

    private Double optimum(Map<Integer, Double> target, boolean maximise) {
        Optimisation.Result result = solve(target, maximise);
        if (result.getState() == Optimisation.State.UNBOUNDED) {
            return maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (!result.getState().isFeasible()) {
            return null;
        }
        double value = 0;
        for (Map.Entry<Integer, Double> t : target.entrySet()) {
            value += t.getValue() * result.doubleValue(t.getKey());
        }
        return value;
    }

    private Optimisation.Result solve(Map<Integer, Double> target, boolean maximise) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] x = new Variable[names.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = model.addVariable("x" + i);
            if (!Double.isInfinite(bounds.get(i)[0])) {
                x[i].lower(bounds.get(i)[0]);
            }
            if (!Double.isInfinite(bounds.get(i)[1])) {
                x[i].upper(bounds.get(i)[1]);
            }
        }
        int k = 0;
        for (Constraint c : constraints) {
            Expression e = model.addExpression("c" + k++);
            c.terms().forEach((i, a) -> e.set(x[i], a));
            if (!Double.isInfinite(c.lo())) {
                e.lower(c.lo());
            }
            if (!Double.isInfinite(c.hi())) {
                e.upper(c.hi());
            }
        }
        Expression objective = model.addExpression("objectif").weight(1);
        target.forEach((i, a) -> objective.set(x[i], a));
        return maximise ? model.maximise() : model.minimise();
    }
}
