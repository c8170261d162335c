package fr.dijon.observatoire.reference;

/** One line of {@code reference-data/catalogue.csv}: a reference file with its producer, vintage and licence. */
public record ReferenceEntry(String code, String fichier, String libelle, String producteur, String millesime,
                             String licence) {
}
