package fr.dijon.observatoire.sample;

/**
 * Occupancy of one dwelling: MODE, lease start (BAIL; year 0 when there is none), vacancy length
 * in months (DUREE_VACANCE, -1 when not applicable) and whether it was let for the whole of January.
 */
record Tenancy(int mode, int leaseDay, int leaseMonth, int leaseYear, int vacancyMonths, boolean letAllJanuary) {

    static final int LET = 1;
    static final int VACANT = 2;
    static final int VACANT_FOR_WORKS = 3;

    static Tenancy withoutLease(int mode, int vacancyMonths) {
        return new Tenancy(mode, 0, 0, 0, vacancyMonths, false);
    }

    boolean hasLease() {
        return leaseYear > 0;
    }
}
