package fr.dijon.observatoire.sample;

/**
 * DPE (energy performance) per programme, with small per-dwelling variations. Class weights by
 * construction period reflect the social stock: older buildings rate worse, and about 10 % of
 * the Dijon sample ends up in F or G.
 */
final class EnergyRatingModel {

    static final String[] LETTERS = {"A", "B", "C", "D", "E", "F", "G"};

    private static final WeightedChoice<Integer> BEFORE_1949 = classes(0, 1, 7, 32, 32, 17, 11);
    private static final WeightedChoice<Integer> FROM_1949_TO_1974 = classes(0, 2, 10, 35, 33, 14, 6);
    private static final WeightedChoice<Integer> FROM_1975_TO_1988 = classes(0, 3, 22, 44, 24, 5, 2);
    private static final WeightedChoice<Integer> FROM_1989_TO_2000 = classes(1, 6, 36, 40, 14, 2, 1);
    private static final WeightedChoice<Integer> FROM_2001_TO_2012 = classes(3, 22, 48, 22, 5, 0, 0);
    private static final WeightedChoice<Integer> SINCE_2013 = classes(14, 56, 26, 4, 0, 0, 0);
    private static final WeightedChoice<Integer> GAS_SHIFT = WeightedChoice.<Integer>builder()
            .add(-2, 10).add(-1, 25).add(0, 40).add(1, 20).add(2, 5).build();

    /** The programme's DPE, or null when it has none (about 4 % of programmes). */
    EnergyRating programme(int constructionYear, int referenceYear, SeededRandom random) {
        if (random.chance(0.04)) {
            return null;
        }
        int energy = period(constructionYear).pick(random);
        int gas = clamp(energy + GAS_SHIFT.pick(random));
        int year = constructionYear >= 2013
                ? Math.min(referenceYear - 1, constructionYear + random.nextInt(2))
                : random.between(2011, referenceYear - 1);
        return new EnergyRating(random.between(1, 12), year, energy, gas);
    }

    /** One dwelling's DPE: the programme's, sometimes one class apart, sometimes missing (null). */
    EnergyRating dwelling(EnergyRating programme, SeededRandom random) {
        if (programme == null || random.chance(0.05)) {
            return null;
        }
        if (!random.chance(0.12)) {
            return programme;
        }
        int shift = random.nextBoolean() ? 1 : -1;
        return new EnergyRating(programme.month(), programme.year(),
                clamp(programme.energyClass() + shift), clamp(programme.gasClass() + shift));
    }

    private static WeightedChoice<Integer> period(int constructionYear) {
        if (constructionYear < 1949) {
            return BEFORE_1949;
        }
        if (constructionYear <= 1974) {
            return FROM_1949_TO_1974;
        }
        if (constructionYear <= 1988) {
            return FROM_1975_TO_1988;
        }
        if (constructionYear <= 2000) {
            return FROM_1989_TO_2000;
        }
        return constructionYear <= 2012 ? FROM_2001_TO_2012 : SINCE_2013;
    }

    private static int clamp(int energyClass) {
        return Math.max(0, Math.min(6, energyClass));
    }

    private static WeightedChoice<Integer> classes(double... weights) {
        WeightedChoice.Builder<Integer> builder = WeightedChoice.builder();
        for (int i = 0; i < weights.length; i++) {
            builder.add(i, weights[i]);
        }
        return builder.build();
    }
}
