package fr.dijon.observatoire.sample;

/** CODSEGPATRIM / LIBSEGPATRIM: the landlord's stock segment (plausible values, not an SDES list). */
enum PatrimonySegment {
    ANCIEN("01", "Parc ancien à réhabiliter"),
    RENOUVELLEMENT_URBAIN("02", "Parc en renouvellement urbain"),
    INTERMEDIAIRE("03", "Parc construit de 1977 à 1999"),
    RECENT("04", "Parc récent"),
    ETUDIANT("05", "Résidences étudiantes"),
    INDIVIDUEL("06", "Habitat individuel");

    final String code;
    final String label;

    PatrimonySegment(String code, String label) {
        this.code = code;
        this.label = label;
    }
}
