package fr.dijon.observatoire.sample;

/** A postal address in a commune: NUMVOIE, INDREP (B, T or empty) and the street. */
record Address(int number, String suffix, Street street) {

    /** Key unique within a commune. */
    String key() {
        return street.typeCode() + '|' + street.name() + '|' + number + suffix;
    }
}
