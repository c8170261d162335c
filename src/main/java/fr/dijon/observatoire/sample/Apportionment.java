package fr.dijon.observatoire.sample;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Splits a whole number among weighted parts so that the parts add up exactly (largest remainder). */
final class Apportionment {

    private Apportionment() {
    }

    /**
     * Parts of {@code total} proportional to {@code weights}, each at least {@code minimum}
     * (requires {@code total >= minimum * weights.length}). Ties go to the lower index.
     */
    static long[] largestRemainder(long total, double[] weights, long minimum) {
        int n = weights.length;
        long spare = total - minimum * n;
        if (spare < 0) {
            throw new IllegalArgumentException("total " + total + " too small for " + n + " parts of " + minimum);
        }
        double sum = Arrays.stream(weights).sum();
        long[] parts = new long[n];
        double[] remainders = new double[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            double exact = spare * weights[i] / sum;
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        Integer[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i))
                .toArray(Integer[]::new);
        for (int k = 0; given < spare; k++, given++) {
            parts[order[k % n]]++;
        }
        for (int i = 0; i < n; i++) {
            parts[i] += minimum;
        }
        return parts;
    }
}
