package fr.dijon.observatoire.sample;

/**
 * Everything needed to create programmes in one zone: its profile, commune, QPV (null when
 * outside), addresses, positions, landlords, and the programmes already named in the commune.
 */
record Zone(
        ZoneProfile profile,
        Place place,
        Qpv qpv,
        AddressBook addresses,
        SitePicker sites,
        WeightedChoice<Landlord> landlords,
        CommuneProgrammes programmes) {
}
