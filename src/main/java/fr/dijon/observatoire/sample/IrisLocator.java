package fr.dijon.observatoire.sample;

import java.util.List;

/**
 * Assigns an IRIS to a position. No IRIS polygons are available, so a commune's IRIS are laid out
 * as the Voronoi cells of random seed points: synthetic, but spatially coherent (neighbouring
 * residences share an IRIS). A commune without IRIS division has the single code commune + "0000".
 */
final class IrisLocator {

    private final String[] codes;
    private final String[] names;
    private final double[] seedX;
    private final double[] seedY;

    private IrisLocator(String[] codes, String[] names, double[] seedX, double[] seedY) {
        this.codes = codes;
        this.names = names;
        this.seedX = seedX;
        this.seedY = seedY;
    }

    static IrisLocator undivided(String communeCode, String communeName) {
        return new IrisLocator(new String[] {communeCode + "0000"}, new String[] {communeName}, new double[] {0},
                new double[] {0});
    }

    /** IRIS {@code codes} (9 characters) with one seed point {x, y} each. */
    static IrisLocator voronoi(List<String> codes, String communeName, List<double[]> seeds) {
        int n = codes.size();
        String[] names = new String[n];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            names[i] = communeName + " " + codes.get(i).substring(5);
            x[i] = seeds.get(i)[0];
            y[i] = seeds.get(i)[1];
        }
        return new IrisLocator(codes.toArray(String[]::new), names, x, y);
    }

    int locate(double x, double y) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < codes.length; i++) {
            double dx = x - seedX[i];
            double dy = y - seedY[i];
            double distance = dx * dx + dy * dy;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    String code(int index) {
        return codes[index];
    }

    String name(int index) {
        return names[index];
    }
}
