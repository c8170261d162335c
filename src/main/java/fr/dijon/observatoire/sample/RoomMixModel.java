package fr.dijon.observatoire.sample;

/**
 * Number of rooms (NBPIECE, 1 to 7) and living area (SURFHAB) of a dwelling. Large estates of the
 * 1950s-70s hold more family flats; student residences are almost only studios.
 */
final class RoomMixModel {

    private static final WeightedChoice<Integer> COLLECTIVE = rooms(9, 22, 36, 24, 7, 1.5, 0.3);
    private static final WeightedChoice<Integer> LARGE_ESTATE = rooms(6, 15, 33, 31, 12, 2.5, 0.5);
    private static final WeightedChoice<Integer> HOUSES = rooms(0, 6, 28, 44, 19, 3, 0.5);
    private static final WeightedChoice<Integer> STUDENTS = rooms(92, 8, 0, 0, 0, 0, 0);

    /** Mean living area in m² by number of rooms (index 1 to 7). */
    private static final double[] MEAN_SURFACE = {0, 30, 47, 65, 79, 93, 108, 122};
    private static final double STUDIO_SURFACE = 19;

    int rooms(BuildingType type, boolean largeEstate, SeededRandom random) {
        return switch (type) {
            case ETUDIANT -> STUDENTS.pick(random);
            case INDIVIDUEL -> HOUSES.pick(random);
            case COLLECTIF -> (largeEstate ? LARGE_ESTATE : COLLECTIVE).pick(random);
        };
    }

    /**
     * Living area in hundredths of m², already rounded the way landlords report it: whole m²
     * (45 %), one decimal (35 %) or two decimals (20 %).
     */
    long surfaceHundredths(int rooms, BuildingType type, int constructionYear, SeededRandom random) {
        double mean = type == BuildingType.ETUDIANT && rooms == 1 ? STUDIO_SURFACE : MEAN_SURFACE[rooms];
        if (type == BuildingType.INDIVIDUEL) {
            mean *= 1.08;
        } else if (constructionYear < 1977) {
            mean *= 0.97;
        }
        double surface = Math.max(12, mean * (1 + random.gaussian(0, 0.075)));
        double u = random.nextDouble();
        if (u < 0.45) {
            return Math.round(surface) * 100;
        }
        if (u < 0.80) {
            return Math.round(surface * 10) * 10;
        }
        return Math.round(surface * 100);
    }

    private static WeightedChoice<Integer> rooms(double... weights) {
        WeightedChoice.Builder<Integer> builder = WeightedChoice.builder();
        for (int i = 0; i < weights.length; i++) {
            builder.add(i + 1, weights[i]);
        }
        return builder.build();
    }
}
