package fr.dijon.observatoire.ingest.rpls;

import java.util.Arrays;

/**
 * The position of a residence: its medoid, the located point that minimises the dwelling-weighted sum of distances
 * to the others (a dwelling, not an average that may fall between buildings; ties go to the westernmost, then
 * southernmost), and its extent, the largest distance from one of its dwellings to that position.
 */
final class ResidencePosition {

    /** Above this many located points in a residence, the medoid is sought among the points nearest the centroid. */
    private static final int EXACT_MEDOID_MAX = 1500;

    private ResidencePosition() {
    }

    /** Sets the medoid and extent of residence {@code r} of the group; a residence without located point has none. */
    static void place(ResidenceClustering.Group g, ResidenceClustering.Result result, int r) {
        int located = 0;
        double sx = 0;
        double sy = 0;
        double weight = 0;
        for (int i = 0; i < g.size; i++) {
            if (result.residenceOf[i] == r && g.located(i)) {
                located++;
                sx += g.x[i] * g.dwellings[i];
                sy += g.y[i] * g.dwellings[i];
                weight += g.dwellings[i];
            }
        }
        if (located == 0) {
            return;
        }
        double meanX = sx / weight;
        double meanY = sy / weight;
        int medoid = -1;
        double bestCost = Double.MAX_VALUE;
        double nearLimit = located > EXACT_MEDOID_MAX ? nearCentroidLimit(g, result, r, meanX, meanY) : Double.MAX_VALUE;
        for (int i = 0; i < g.size; i++) {
            if (result.residenceOf[i] != r || !g.located(i)
                    || (nearLimit < Double.MAX_VALUE && g.squaredTo(i, meanX, meanY) > nearLimit)) {
                continue;
            }
            double cost = 0;
            for (int j = 0; j < g.size && cost <= bestCost; j++) {
                if (result.residenceOf[j] == r && g.located(j)) {
                    cost += g.dwellings[j] * Math.sqrt(g.squared(i, j));
                }
            }
            if (medoid < 0 || cost < bestCost || (cost == bestCost && (g.x[i] < g.x[medoid]
                    || (g.x[i] == g.x[medoid] && g.y[i] < g.y[medoid])))) {
                bestCost = cost;
                medoid = i;
            }
        }
        double extent = 0;
        for (int j = 0; j < g.size; j++) {
            if (result.residenceOf[j] == r && g.located(j)) {
                extent = Math.max(extent, Math.sqrt(g.squared(medoid, j)));
            }
        }
        result.medoid[r] = medoid;
        result.extent[r] = extent;
    }

    /** The squared distance to the centroid within which the 200 nearest points lie (bounded medoid search). */
    private static double nearCentroidLimit(ResidenceClustering.Group g, ResidenceClustering.Result result, int r, double cx, double cy) {
        double[] d = new double[g.size];
        int n = 0;
        for (int i = 0; i < g.size; i++) {
            if (result.residenceOf[i] == r && g.located(i)) {
                d[n++] = g.squaredTo(i, cx, cy);
            }
        }
        Arrays.sort(d, 0, n);
        return d[Math.min(n, 200) - 1];
    }
}
