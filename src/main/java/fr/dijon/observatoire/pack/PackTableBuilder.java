package fr.dijon.observatoire.pack;

import fr.dijon.observatoire.publication.PublishedDictionary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds one pack table from the mart it publishes: each column is declared once, and gives both the SQL that fills
 * it and its dictionary entry, the documentation of the mart column in the period's publication (mart_dictionnaire,
 * written from the marts' schema files). A column may be renamed; the few transformations of the pack (a secret mark
 * written « s », a boolean written oui/non, the components pivoted into part_* columns) are described here, and only
 * here, from the mart's documentation. A column whose mart column is not documented stops the pack.
 */
final class PackTableBuilder {

    /** The mart of the fragility components, whose shares the pivot publishes. */
    static final String COMPONENTS = PublishedDictionary.COMPONENTS_MODEL;

    private final PublishedDictionary dictionary;
    private final String period;
    private final String file;
    private final String title;
    private final String model;
    private final String alias;
    private final List<PackColumn> columns = new ArrayList<>();
    private final List<String> select = new ArrayList<>();

    private PackTableBuilder(PublishedDictionary dictionary, String period, String file, String title, String model,
                             String alias) {
        this.dictionary = dictionary;
        this.period = period;
        this.file = file;
        this.title = title;
        this.model = model;
        this.alias = alias;
    }

    /** A table of the mart {@code model}, read {@code FROM model} (or {@code FROM model alias} when aliased). */
    static PackTableBuilder of(PublishedDictionary dictionary, String period, String file, String title, String model,
                               String alias) {
        return new PackTableBuilder(dictionary, period, file, title, model, alias);
    }

    /** The mart column as it is, under its own name. */
    PackTableBuilder column(String martColumn) {
        return column(martColumn, martColumn);
    }

    /** The mart column as it is, under the pack's name. */
    PackTableBuilder column(String martColumn, String name) {
        PublishedDictionary.Entry doc = documented(model, martColumn, name);
        return add(ref(martColumn) + (martColumn.equals(name) ? "" : " AS " + name),
                new PackColumn(name, doc.label(), doc.unit(), doc.definition(), doc.source(),
                        dictionary.codes(model, martColumn)));
    }

    /** A boolean of the mart written « oui » or « non » (empty stays empty). */
    PackTableBuilder yesNo(String martColumn, String name) {
        PublishedDictionary.Entry doc = documented(model, martColumn, name);
        String col = ref(martColumn);
        return add("CASE WHEN " + col + " THEN 'oui' WHEN NOT " + col + " THEN 'non' END AS " + name,
                new PackColumn(name, doc.label(), "oui/non", doc.definition(), doc.source(), List.of()));
    }

    /**
     * « s » when one of the mart's secret marks is set, and never why (that would tell a reader the count is small):
     * one pack column may join several marks of the mart (the month's and the 12 months', the class's and the index's).
     */
    PackTableBuilder secret(String name, String... martColumns) {
        List<PublishedDictionary.Entry> docs = Arrays.stream(martColumns).map(c -> documented(model, c, name)).toList();
        String mark = martColumns.length == 1 ? ref(martColumns[0])
                : Arrays.stream(martColumns).map(this::ref).collect(Collectors.joining(", ", "coalesce(", ")"));
        PublishedDictionary.Entry first = docs.get(0);
        String definition = docs.stream().map(PublishedDictionary.Entry::definition).collect(Collectors.joining("\u202F; ou "));
        return add("CASE WHEN " + mark + " IS NOT NULL THEN 's' END AS " + name, new PackColumn(name,
                docs.size() == 1 ? first.label() : "Secret", first.unit(), definition, first.source(), List.of()));
    }

    /**
     * The components of each residence's occupancy unit pivoted into one column per component, {@code part_<code>}:
     * the share (mart_residence_composante.part) of the component, documented as the share plus the component's own
     * documentation (its code in mart_residence_composante.composante); and {@code composantes_secretes}, the codes
     * of the components whose share the secret masks. The table joins mart_residence_composante as {@code c}.
     */
    PackTableBuilder components(List<String> components) {
        PublishedDictionary.Entry component = documented(COMPONENTS, PublishedDictionary.COMPONENTS_COLUMN, "composantes_secretes");
        PublishedDictionary.Entry secret = documented(COMPONENTS, "secret", "composantes_secretes");
        add("string_agg(CASE WHEN c.secret IS NOT NULL THEN c.composante END, ', ' ORDER BY c.rang) AS composantes_secretes",
                new PackColumn("composantes_secretes", "Composantes couvertes par le secret", component.unit(),
                        "Codes, séparés par des virgules, des composantes de fragilité dont la part est vide (colonnes "
                                + "part_*)\u202F; pour chacune\u202F: " + secret.definition(), secret.source(), List.of()));
        for (String code : components) {
            String name = "part_" + code;
            PublishedDictionary.Entry share = documented(COMPONENTS, "part", name);
            PublishedDictionary.Entry doc = dictionary.components().stream()
                    .filter(e -> e.code().equals(code)).findFirst()
                    .orElseThrow(() -> missing(name, COMPONENTS, PublishedDictionary.COMPONENTS_COLUMN, "le code «\u202F" + code + "\u202F» de la colonne"));
            add("max(CASE WHEN c.composante = '" + code + "' THEN c.part END) AS \"" + name + "\"",
                    new PackColumn(name, share.label() + "\u202F: " + doc.label(), share.unit(), share.definition()
                            + ". Composante «\u202F" + code + "\u202F»\u202F: " + doc.definition(), doc.source(), List.of()));
        }
        return this;
    }

    /** The table, its query ending with {@code rest} (joins, conditions, grouping, order). */
    PackTable build(String rest) {
        return new PackTable(file, title, List.copyOf(columns), "SELECT " + String.join(", ", select) + " FROM " + model
                + (alias == null ? "" : " " + alias) + (rest.isEmpty() ? "" : " " + rest));
    }

    private PackTableBuilder add(String sql, PackColumn column) {
        select.add(sql);
        columns.add(column);
        return this;
    }

    private String ref(String martColumn) {
        return alias == null ? martColumn : alias + "." + martColumn;
    }

    /** The mart column's documentation, complete (label, unit, definition, source), or the pack stops. */
    private PublishedDictionary.Entry documented(String mart, String martColumn, String packColumn) {
        PublishedDictionary.Entry doc = dictionary.column(mart, martColumn)
                .orElseThrow(() -> missing(packColumn, mart, martColumn, "la colonne"));
        List<String> empty = new ArrayList<>();
        if (blank(doc.label())) {
            empty.add("libelle");
        }
        if (blank(doc.unit())) {
            empty.add("unite");
        }
        if (blank(doc.definition())) {
            empty.add("definition");
        }
        if (blank(doc.source())) {
            empty.add("source");
        }
        if (!empty.isEmpty()) {
            throw missing(packColumn, mart, martColumn, "«\u202F" + String.join("\u202F», «\u202F", empty) + "\u202F» de la colonne");
        }
        return doc;
    }

    private PackDocumentationException missing(String packColumn, String mart, String martColumn, String what) {
        return new PackDocumentationException("dictionnaire du pack de la CIL\u202F: la colonne «\u202F" + packColumn + "\u202F» de "
                + file + " publie " + mart + "." + martColumn + ", mais la publication " + period + " ne documente pas "
                + what + " " + martColumn + " (jobs/models/marts/" + mart + ".yml). Documentez-la dans ce fichier de "
                + "schéma, puis recalculez la période (./observatoire indicateurs --periode " + period
                + " --recalculer)\u202F: le pack n'est pas produit.");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
