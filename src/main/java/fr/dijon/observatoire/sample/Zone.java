package fr.dijon.observatoire.sample;

import java.util.Set;

/**
 * Everything needed to create programmes in one zone: its profile, commune, QPV (null when
 * outside), addresses, positions, landlords, and the programme names already used in the commune.
 */
record Zone(
        ZoneProfile profile,
        Place place,
        Qpv qpv,
        AddressBook addresses,
        SitePicker sites,
        WeightedChoice<Landlord> landlords,
        Set<String> usedProgrammeNames) {
}
