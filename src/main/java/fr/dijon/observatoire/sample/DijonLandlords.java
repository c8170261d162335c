package fr.dijon.observatoire.sample;

/**
 * The social landlords of the Dijon sample and their weights. Names are those of landlords active
 * in Dijon Métropole; the SIREN-like numbers are fictitious and the shares are illustrative.
 */
final class DijonLandlords {

    static final Landlord GRAND_DIJON_HABITAT = Landlord.of("GRAND DIJON HABITAT", "27210413");
    static final Landlord ORVITIS = Landlord.of("ORVITIS", "27210077");
    static final Landlord VILLEO = Landlord.of("VILLEO", "78211054");
    static final Landlord HABELLIS = Landlord.of("HABELLIS", "01562190");
    static final Landlord ICF_HABITAT_NOVEDIS = Landlord.of("ICF HABITAT NOVEDIS", "30578215");
    static final Landlord CDC_HABITAT_SOCIAL = Landlord.of("CDC HABITAT SOCIAL", "47081932");

    /** Landlords of the QPV estates (mostly the public office). */
    static final WeightedChoice<Landlord> IN_QPV = WeightedChoice.<Landlord>builder()
            .add(GRAND_DIJON_HABITAT, 58).add(ORVITIS, 15).add(VILLEO, 12).add(HABELLIS, 10)
            .add(CDC_HABITAT_SOCIAL, 5).build();

    /** Landlords elsewhere. */
    static final WeightedChoice<Landlord> ELSEWHERE = WeightedChoice.<Landlord>builder()
            .add(GRAND_DIJON_HABITAT, 34).add(ORVITIS, 20).add(VILLEO, 15).add(HABELLIS, 16)
            .add(ICF_HABITAT_NOVEDIS, 5).add(CDC_HABITAT_SOCIAL, 10).build();

    private DijonLandlords() {
    }
}
