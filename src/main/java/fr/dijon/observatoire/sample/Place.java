package fr.dijon.observatoire.sample;

/** Administrative and study-zoning labels of one commune, as written in every RPLS row. */
record Place(
        String regionCode, String regionName,
        String departementCode, String departementName,
        String epciCode, String epciName,
        String communeCode, String communeName, String postalCode,
        String urbanUnitCode, String urbanUnitName,
        String attractionAreaCode, String attractionAreaName,
        String employmentZoneCode, String employmentZoneName) {
}
