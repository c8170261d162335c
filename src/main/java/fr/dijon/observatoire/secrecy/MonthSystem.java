package fr.dijon.observatoire.secrecy;

import java.util.ArrayList;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * What a reader knows of a series: the sums of months it can read (each month ≥ 0). It answers how far a sum of
 * months can move (linear programming with ojAlgo) and whether it can be computed exactly (Gaussian elimination on
 * the known sums).
 */
final class MonthSystem {

    private static final double EPS = 1e-9;

    private final int size;
    private final List<int[]> known;
    private final List<Long> values;
    private final List<double[]> basis = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();

    MonthSystem(int size, List<int[]> known, List<Long> values) {
        this.size = size;
        this.known = known;
        this.values = values;
        for (int[] months : known) {
            add(vector(months));
        }
    }

    /** Max − min of the sum over {@code months}, over every series consistent with the known sums. */
    long width(int[] months) {
        boolean[] constrained = new boolean[size];
        for (int[] k : known) {
            for (int m : k) {
                constrained[m] = true;
            }
        }
        for (int m : months) {
            if (!constrained[m]) {
                return OccupancyTable.UNBOUNDED;
            }
        }
        if (derivable(months)) {
            return 0;
        }
        double max = optimum(months, true);
        double min = optimum(months, false);
        if (Double.isInfinite(max)) {
            return OccupancyTable.UNBOUNDED;
        }
        return (long) Math.floor(max - min + 1e-6);
    }

    /** Whether the sum over {@code months} is a combination of the known sums. */
    boolean derivable(int[] months) {
        return reduce(vector(months)) == null;
    }

    private double optimum(int[] months, boolean maximise) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] x = new Variable[size];
        for (int i = 0; i < size; i++) {
            x[i] = model.addVariable("m" + i).lower(0);
        }
        for (int k = 0; k < known.size(); k++) {
            Expression e = model.addExpression("k" + k).level(values.get(k));
            for (int m : known.get(k)) {
                e.set(x[m], 1);
            }
        }
        Expression objective = model.addExpression("objectif").weight(1);
        for (int m : months) {
            objective.set(x[m], 1);
        }
        Optimisation.Result result = maximise ? model.maximise() : model.minimise();
        if (result.getState() == Optimisation.State.UNBOUNDED) {
            return maximise ? Double.POSITIVE_INFINITY : 0;
        }
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("secret statistique : les sommes publiées d'une série sont incohérentes");
        }
        double sum = 0;
        for (int m : months) {
            sum += result.doubleValue(m);
        }
        return sum;
    }

    private double[] vector(int[] months) {
        double[] v = new double[size];
        for (int m : months) {
            v[m] += 1;
        }
        return v;
    }

    private void add(double[] v) {
        double[] r = reduce(v);
        if (r == null) {
            return;
        }
        int pivot = 0;
        while (Math.abs(r[pivot]) < EPS) {
            pivot++;
        }
        double scale = r[pivot];
        for (int i = 0; i < size; i++) {
            r[i] /= scale;
        }
        for (int b = 0; b < basis.size(); b++) {
            double[] row = basis.get(b);
            double factor = row[pivot];
            if (Math.abs(factor) > EPS) {
                for (int i = 0; i < size; i++) {
                    row[i] -= factor * r[i];
                }
            }
        }
        basis.add(r);
        pivots.add(pivot);
    }

    /** The vector reduced by the basis, or null when it is in the span of the known sums. */
    private double[] reduce(double[] v) {
        double[] r = v.clone();
        for (int b = 0; b < basis.size(); b++) {
            double factor = r[pivots.get(b)];
            if (Math.abs(factor) > EPS) {
                double[] row = basis.get(b);
                for (int i = 0; i < size; i++) {
                    r[i] -= factor * row[i];
                }
            }
        }
        for (double x : r) {
            if (Math.abs(x) > EPS) {
                return r;
            }
        }
        return null;
    }
}
