package fr.dijon.observatoire.sample;

/**
 * A département of the national sample: INSEE code (01…95, 2A, 2B, 971…974), name, region,
 * prefecture with its approximate WGS84 position, approximate population in thousands (used as
 * weight) and the EPSG code of the coordinates the RPLS uses there (Lambert-93 in metropolitan
 * France, UTM overseas).
 */
record Departement(String code, String name, String regionCode, String regionName, String prefecture,
                   double latitude, double longitude, int populationThousands, int epsg) {

    boolean overseas() {
        return code.length() == 3;
    }

    /** Code padded to 3 characters, as in QPV codes: "021", "02A", "971". */
    String threeCharacterCode() {
        return overseas() ? code : "0" + code;
    }
}
