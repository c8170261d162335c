package fr.dijon.observatoire.sample;

/**
 * Draws the surveyed households of one address, one by one, from a poverty level between 0 and 1: the
 * counts of one OPS row. All categories are drawn among the respondents, so the file is consistent.
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

    static OpsHouseholds draw(SeededRandom random, int respondents, double poverty) {
        OpsHouseholds h = new OpsHouseholds();
        h.respondents = respondents;
        double[] bandWeights = {
            0.05 + 0.55 * poverty, 0.12 + 0.25 * poverty, 0.22, 0.30 * (1 - poverty) + 0.05, 0.14 * (1 - poverty)};
        for (int i = 0; i < respondents; i++) {
            int band = pick(random, bandWeights);
            h.bands[band]++;
            if (random.nextDouble() < 0.10 + 0.55 * poverty + (band <= 1 ? 0.2 : 0)) {
                h.apl++;
            }
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
                householdAdults = 1;
                if (random.nextDouble() < 0.10 + 0.20 * poverty) {
                    h.largeFamily++;
                }
            }
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
