package fr.dijon.observatoire.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Draws items with fixed relative weights (cumulative table and binary search). Immutable. */
final class WeightedChoice<T> {

    private final List<T> items;
    private final double[] cumulative;

    private WeightedChoice(List<T> items, double[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    T pick(SeededRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, u);
        index = index >= 0 ? index + 1 : -index - 1;
        return items.get(Math.min(index, items.size() - 1));
    }

    static final class Builder<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(T item, double weight) {
            if (weight > 0) {
                items.add(item);
                weights.add(weight);
            }
            return this;
        }

        WeightedChoice<T> build() {
            if (items.isEmpty()) {
                throw new IllegalStateException("no item with a positive weight");
            }
            double[] cumulative = new double[weights.size()];
            double total = 0;
            for (int i = 0; i < cumulative.length; i++) {
                total += weights.get(i);
                cumulative[i] = total;
            }
            return new WeightedChoice<>(List.copyOf(items), cumulative);
        }
    }
}
