package fr.dijon.observatoire.sample;

/** A social landlord: raison sociale (RS) and a SIREN-like identifier (IDENT_ORG), fictitious. */
record Landlord(String name, String siren) {

    static Landlord of(String name, String eightDigits) {
        return new Landlord(name, SirenNumbers.withCheckDigit(eightDigits));
    }
}
