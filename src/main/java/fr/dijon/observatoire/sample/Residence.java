package fr.dijon.observatoire.sample;

/**
 * One building at one address: all its dwellings share the address, position, programme and
 * construction year. {@code building} is BAT (A, B, C for multi-building programmes, else empty).
 */
record Residence(
        Programme programme,
        Place place,
        Address address,
        Site site,
        String building,
        int buildingNumber,
        int dwellings,
        int staircases,
        int dwellingsPerFloor,
        boolean elevator) {

    boolean inQpv() {
        return site.qpv() != null;
    }
}
