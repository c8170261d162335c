package fr.dijon.observatoire.sample;

/**
 * Monthly rents excluding charges (LOYERPRINC), ancillary rents (LOYERACC) and the two ceilings
 * (LOYERMAXAPL, LOYERMAXCUS), in euros.
 *
 * <p>A residence has a rent level {@code z} (standard normal, shared by its dwellings); a dwelling's
 * rent is the financing group's €/m² at that level, times a size factor (small flats cost more per
 * m²), times its surface, with a few percent of individual noise. QPV rents are 5 % lower.
 */
final class RentModel {

    /** Sentinel of LOYERPRINC (and ceilings) when the dwelling was not let for the whole of January. */
    static final String NOT_LET_ALL_JANUARY = "9999";
    /** Sentinel of LOYERACC when there is no ancillary rent. */
    static final String NO_ANCILLARY_RENT = "999";

    private static final double[] ROOM_FACTOR = {1.12, 1.12, 1.05, 1.00, 0.97, 0.95, 0.94, 0.93};
    private static final double QPV_FACTOR = 0.95;
    private static final double STUDENT_FACTOR = 1.25;

    /** A residence's rent level, shared by all its dwellings. */
    double residenceLevel(SeededRandom random) {
        return Math.max(-2.2, Math.min(2.2, random.nextGaussian()));
    }

    /** €/m² of living area for a dwelling. */
    double perSquareMetre(FinancingGroup group, double level, boolean qpv, BuildingType type, int rooms) {
        double rent = group.rentPerSquareMetre + group.rentSpread * level;
        rent *= ROOM_FACTOR[Math.min(rooms, ROOM_FACTOR.length - 1)];
        if (qpv) {
            rent *= QPV_FACTOR;
        }
        if (type == BuildingType.ETUDIANT) {
            rent *= STUDENT_FACTOR;
        }
        return rent;
    }

    /** Monthly rent of a dwelling, rounded to the cent. */
    double rent(double perSquareMetre, double surface, SeededRandom random) {
        return round(perSquareMetre * surface * (1 + random.gaussian(0, 0.035)));
    }

    /** APL ceiling of a conventionné dwelling: a few to 30 % above its rent. */
    double aplCeiling(double rent, SeededRandom random) {
        return round(rent * (1.04 + 0.24 * random.nextDouble()));
    }

    /** CUS ceiling: at least the APL ceiling (or the rent when there is none). */
    double cusCeiling(double floor, SeededRandom random) {
        return round(floor * (1.0 + 0.08 * random.nextDouble()));
    }

    /** Ancillary rent (garage, parking, cellar) or NaN when there is none (about 70 % of dwellings). */
    double ancillaryRent(SeededRandom random) {
        if (random.chance(0.70)) {
            return Double.NaN;
        }
        return round(8 + random.nextDouble() * 57);
    }

    private static double round(double euros) {
        return Math.round(euros * 100) / 100.0;
    }
}
