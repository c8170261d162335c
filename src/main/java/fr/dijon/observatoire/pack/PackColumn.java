package fr.dijon.observatoire.pack;

/** One column of a pack table, as the data dictionary describes it. */
public record PackColumn(String name, String label, String unit, String definition, String source) {
}
