package fr.dijon.observatoire.ingest;

/** The state of an imported file in {@code import_fichier}, as the analyst reads it. */
public enum ImportStatus {
    CHARGE("chargé"),
    DEJA_IMPORTE("déjà importé"),
    REFUSE("refusé"),
    REMPLACE("remplacé"),
    ECHEC("échec");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
