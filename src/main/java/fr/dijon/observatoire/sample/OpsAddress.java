package fr.dijon.observatoire.sample;

/**
 * One address of the RPLS sample, as the OPS generator sees it: where it is, its dwellings, how many are let,
 * and the traits of its stock that drive the poverty of its occupants.
 */
record OpsAddress(String depcom, String address, boolean inQpv, int dwellings, int let, int veryCheapDwellings,
                  int expensiveDwellings, int recentLeases) {

    double cheapShare() {
        return dwellings == 0 ? 0 : (double) veryCheapDwellings / dwellings;
    }

    double expensiveShare() {
        return dwellings == 0 ? 0 : (double) expensiveDwellings / dwellings;
    }
}
