package fr.dijon.observatoire.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gaussian elimination on published equations (sums of unknowns with their values): tells whether a combination of
 * the unknowns is given exactly by the equations, and its value.
 */
final class Elimination {

    private static final double EPS = 1e-9;

    private final int size;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();

    Elimination(int size) {
        this.size = size;
    }

    void add(Map<Integer, Double> terms, double value) {
        double[] row = vector(terms);
        double[] reduced = new double[] {value};
        reduce(row, reduced);
        int pivot = -1;
        for (int i = 0; i < size; i++) {
            if (Math.abs(row[i]) > EPS) {
                pivot = i;
                break;
            }
        }
        if (pivot < 0) {
            return;
        }
        double scale = row[pivot];
        for (int i = 0; i < size; i++) {
            row[i] /= scale;
        }
        double v = reduced[0] / scale;
        for (int b = 0; b < rows.size(); b++) {
            double factor = rows.get(b)[pivot];
            if (Math.abs(factor) > EPS) {
                for (int i = 0; i < size; i++) {
                    rows.get(b)[i] -= factor * row[i];
                }
                values.set(b, values.get(b) - factor * v);
            }
        }
        rows.add(row);
        values.add(v);
        pivots.add(pivot);
    }

    /** The value of the combination when the equations give it exactly, else null. */
    Double value(Map<Integer, Double> terms) {
        double[] row = vector(terms);
        double[] value = new double[] {0};
        reduce(row, value);
        for (double x : row) {
            if (Math.abs(x) > EPS) {
                return null;
            }
        }
        return -value[0];
    }

    /** Subtracts basis rows; {@code value[0]} accumulates the subtracted values. */
    private void reduce(double[] row, double[] value) {
        for (int b = 0; b < rows.size(); b++) {
            double factor = row[pivots.get(b)];
            if (Math.abs(factor) > EPS) {
                double[] basis = rows.get(b);
                for (int i = 0; i < size; i++) {
                    row[i] -= factor * basis[i];
                }
                value[0] -= factor * values.get(b);
            }
        }
    }

    private double[] vector(Map<Integer, Double> terms) {
        double[] v = new double[size];
        terms.forEach((i, a) -> v[i] += a);
        return v;
    }
}
