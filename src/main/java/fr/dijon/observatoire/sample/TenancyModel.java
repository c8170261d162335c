package fr.dijon.observatoire.sample;

/**
 * Occupancy at 1 January of the millésime: about 94 % let (MODE 1), 4 % vacant (2), the rest empty
 * for works (3), occupied without lease (4) or let to an association (5); slightly more vacancy in QPV.
 * Tenant turnover is about 9 % a year, so about 9 % of let dwellings have a lease signed during the
 * previous year; a few leases start in January itself, and those dwellings were not let all month.
 */
final class TenancyModel {

    private static final double MOBILITY = 0.09;
    private static final double LOG_STAY = StrictMath.log(1 - MOBILITY);

    private static final WeightedChoice<Integer> MODE = WeightedChoice.<Integer>builder()
            .add(Tenancy.LET, 94.0).add(Tenancy.VACANT, 4.0).add(Tenancy.VACANT_FOR_WORKS, 1.2).add(4, 0.4)
            .add(5, 0.4).build();
    private static final WeightedChoice<Integer> MODE_QPV = WeightedChoice.<Integer>builder()
            .add(Tenancy.LET, 92.6).add(Tenancy.VACANT, 4.8).add(Tenancy.VACANT_FOR_WORKS, 2.0).add(4, 0.3)
            .add(5, 0.3).build();

    private final int referenceYear;

    TenancyModel(int referenceYear) {
        this.referenceYear = referenceYear;
    }

    Tenancy draw(boolean qpv, int firstLettingYear, SeededRandom random) {
        int mode = (qpv ? MODE_QPV : MODE).pick(random);
        if (mode == Tenancy.VACANT) {
            int months = random.chance(0.55) ? random.between(0, 3) : 4 + (int) (-StrictMath.log(1 - random.nextDouble()) * 9);
            return Tenancy.withoutLease(mode, Math.min(months, 120));
        }
        if (mode == Tenancy.VACANT_FOR_WORKS) {
            return Tenancy.withoutLease(mode, random.between(6, 60));
        }
        if (mode != Tenancy.LET) {
            return Tenancy.withoutLease(mode, -1);
        }
        if (random.chance(0.006)) {
            return new Tenancy(mode, random.between(2, 31), 1, referenceYear, -1, false);
        }
        int yearsAgo = (int) (StrictMath.log(1 - random.nextDouble()) / LOG_STAY);
        int year = Math.max(firstLettingYear, referenceYear - 1 - yearsAgo);
        year = Math.min(year, referenceYear - 1);
        int month = random.between(1, 12);
        int day = random.between(1, month == 2 ? 28 : 30);
        return new Tenancy(mode, day, month, year, -1, true);
    }
}
