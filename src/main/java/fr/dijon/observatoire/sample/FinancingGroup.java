package fr.dijon.observatoire.sample;

/**
 * Financing families, with the typical monthly rent excluding charges per m² of living area
 * (mean and standard deviation between residences) used by {@link RentModel}.
 */
enum FinancingGroup {
    PLAI(5.00, 0.30),
    PLUS(5.80, 0.40),
    PLS(8.50, 0.60),
    PLI(10.00, 0.70),
    AVANT_1977(4.85, 0.22),
    AUTRE(6.60, 0.80);

    final double rentPerSquareMetre;
    final double rentSpread;

    FinancingGroup(double rentPerSquareMetre, double rentSpread) {
        this.rentPerSquareMetre = rentPerSquareMetre;
        this.rentSpread = rentSpread;
    }
}
