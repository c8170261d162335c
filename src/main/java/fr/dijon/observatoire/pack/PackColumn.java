package fr.dijon.observatoire.pack;

import fr.dijon.observatoire.publication.PublishedDictionary;
import java.util.List;

/**
 * One column of a pack table, as the data dictionary describes it: the documentation of the mart column it publishes
 * (see {@link PackTableBuilder}), and the documented codes of a column of codes (each indicator…).
 */
public record PackColumn(String name, String label, String unit, String definition, String source,
                         List<PublishedDictionary.Entry> codes) {
}
