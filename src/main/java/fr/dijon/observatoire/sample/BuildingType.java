package fr.dijon.observatoire.sample;

/** TYPECONST: collective, individual (houses) or student residence. */
enum BuildingType {
    COLLECTIF("C", "Collectif"),
    INDIVIDUEL("I", "Individuel"),
    ETUDIANT("E", "Étudiant");

    final String code;
    final String label;

    BuildingType(String code, String label) {
        this.code = code;
        this.label = label;
    }
}
