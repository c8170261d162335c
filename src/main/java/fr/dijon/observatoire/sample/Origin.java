package fr.dijon.observatoire.sample;

/** ORIGINE: how the dwelling entered the landlord's stock. */
enum Origin {
    CONSTRUIT("1", "Construit par l'organisme"),
    VEFA("2", "Acquis en VEFA"),
    ACQUIS_AVEC_TRAVAUX("3", "Acquis avec travaux"),
    ACQUIS_SANS_TRAVAUX("4", "Acquis sans travaux"),
    TRANSFERT("5", "Acquis auprès d'un autre bailleur social");

    final String code;
    final String label;

    Origin(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** NEWLOGT label for a dwelling that entered the stock during the year before the millésime. */
    String newDwellingLabel() {
        return switch (this) {
            case CONSTRUIT -> "Logement neuf construit par l'organisme";
            case VEFA -> "Logement neuf acquis en VEFA";
            case ACQUIS_AVEC_TRAVAUX, ACQUIS_SANS_TRAVAUX -> "Logement existant acquis";
            case TRANSFERT -> "Logement repris d'un autre bailleur";
        };
    }
}
