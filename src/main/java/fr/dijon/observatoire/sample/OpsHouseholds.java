package fr.dijon.observatoire.sample;

/**
 * Draws the surveyed households of one address, one by one, from a poverty level between 0 and 1: the
 * counts of one OPS row. All categories are drawn among the respondents, and the recent movers among them, so the
 * file is consistent: no category of recent movers exceeds the same category of all households.
 */
final class OpsHouseholds {

    final int[] bands = new int[5];
    int apl;
    int single;
    int coupleNoChild;
    int coupleChildren;
    int singleParent;
    int largeFamily;
    final int[] holderAge = new int[4];
    int adults;
    int employed;
    int jobSeekers;
    int inactive;
    int respondents;
    /** Each drawn household: {income band, APL (0/1), single parent (0/1)}. */
    private final java.util.List<int[]> households = new java.util.ArrayList<>();

    static OpsHouseholds draw(SeededRandom random, int respondents, double poverty) {
        OpsHouseholds h = new OpsHouseholds();
        h.respondents = respondents;
        double[] bandWeights = {
            0.05 + 0.55 * poverty, 0.12 + 0.25 * poverty, 0.22, 0.30 * (1 - poverty) + 0.05, 0.14 * (1 - poverty)};
        for (int i = 0; i < respondents; i++) {
            int band = pick(random, bandWeights);
            h.bands[band]++;
            int apl = random.nextDouble() < 0.10 + 0.55 * poverty + (band <= 1 ? 0.2 : 0) ? 1 : 0;
            h.apl += apl;
            int singleParent = 0;
            double composition = random.nextDouble();
            int householdAdults;
            if (composition < 0.42) {
                h.single++;
                householdAdults = 1;
            } else if (composition < 0.58) {
                h.coupleNoChild++;
                householdAdults = 2;
            } else if (composition < 0.80 - 0.12 * poverty) {
                h.coupleChildren++;
                householdAdults = 2;
                if (random.nextDouble() < 0.15 + 0.25 * poverty) {
                    h.largeFamily++;
                }
            } else {
                h.singleParent++;
                singleParent = 1;
                householdAdults = 1;
                if (random.nextDouble() < 0.10 + 0.20 * poverty) {
                    h.largeFamily++;
                }
            }
            h.households.add(new int[] {band, apl, singleParent});
            h.holderAge[pick(random, new double[] {0.03 + 0.04 * poverty, 0.28, 0.45, 0.24 - 0.04 * poverty})]++;
            for (int a = 0; a < householdAdults; a++) {
                h.adults++;
                double activity = random.nextDouble();
                if (activity < 0.72 - 0.45 * poverty) {
                    h.employed++;
                } else if (activity < 0.84 - 0.30 * poverty + 0.12) {
                    h.jobSeekers++;
                } else {
                    h.inactive++;
                }
            }
        }
        return h;
    }

    /**
     * The recent movers: {@code count} of these households (at most all of them), the poorer ones more likely, as the
     * last lettings go to the priority households. Their bands, APL and single parents are theirs.
     */
    OpsHouseholds movers(SeededRandom random, int count) {
        OpsHouseholds m = new OpsHouseholds();
        java.util.List<int[]> pool = new java.util.ArrayList<>(households);
        while (m.respondents < count && !pool.isEmpty()) {
            double[] weights = pool.stream().mapToDouble(h -> h[0] <= 1 ? 1.6 : 1.0).toArray();
            int[] mover = pool.remove(pick(random, weights));
            m.respondents++;
            m.bands[mover[0]]++;
            m.apl += mover[1];
            m.singleParent += mover[2];
        }
        return m;
    }

    private static int pick(SeededRandom random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
