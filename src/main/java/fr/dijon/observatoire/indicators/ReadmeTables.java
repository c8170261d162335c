package fr.dijon.observatoire.indicators;

import fr.dijon.observatoire.publication.PublishedDictionary;
import java.util.List;

/**
 * The README's tables of the published marts and of the territorial indicators, generated from the schema files:
 * they sit between two markers of README.md, which {@code ./observatoire modeles --readme} rewrites.
 */
public final class ReadmeTables {

    public static final String BEGIN = "<!-- début des tables générées par « ./observatoire modeles --readme » depuis "
            + "jobs/models/marts/*.yml : ne pas modifier à la main -->";
    public static final String END = "<!-- fin des tables générées -->";

    private ReadmeTables() {
    }

    /** The generated text, markers included. */
    public static String generate(List<SqlModel> models) {
        StringBuilder md = new StringBuilder(BEGIN).append("\n\n| table publiée | contenu |\n|---|---|\n");
        for (SqlModel model : models) {
            if (model.layer() == SqlModel.Layer.MARTS && model.schema() != null) {
                md.append("| `").append(model.name()).append("` | ").append(cell(model.schema().description()))
                        .append(" |\n");
            }
        }
        md.append("| `").append(ModelDictionary.TABLE).append("` | La documentation des tables publiées, telle que leurs "
                + "fichiers de schéma la donnent au calcul : une ligne par colonne (libellé, unité, définition, source) "
                + "et par code documenté d'une colonne de codes. Écrite par le calcul, sans modèle SQL. |\n");
        for (SqlModel model : models) {
            if (model.layer() != SqlModel.Layer.MARTS || model.schema() == null) {
                continue;
            }
            for (ModelSchema.Column column : model.schema().colonnes()) {
                if (column.valeurs().isEmpty()) {
                    continue;
                }
                // The territorial indicators get their own title; other columns of codes are titled by their label.
                boolean indicators = model.name().equals(PublishedDictionary.INDICATORS_MODEL)
                        && column.nom().equals(PublishedDictionary.INDICATORS_COLUMN);
                md.append("\n").append(indicators ? "Indicateurs par territoire" : column.libelle()).append(" (`")
                        .append(model.name()).append(".").append(column.nom())
                        .append("`) :\n\n| code | libellé | unité | définition | source |\n|---|---|---|---|---|\n");
                for (ModelSchema.Value v : column.valeurs()) {
                    md.append("| `").append(v.code()).append("` | ").append(cell(v.libelle())).append(" | ")
                            .append(cell(v.unite())).append(" | ").append(cell(v.definition())).append(" | ")
                            .append(cell(v.source())).append(" |\n");
                }
            }
        }
        return md.append("\n").append(END).toString();
    }

    /** The README with its generated section replaced (or appended at the end of the Indicateurs section). */
    public static String rewrite(String readme, List<SqlModel> models) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("README.md n'a pas les repères des tables générées (« " + BEGIN + " » et « "
                    + END + " ») : ajoutez-les à l'endroit voulu, puis relancez la commande.");
        }
        return readme.substring(0, begin) + generate(models) + readme.substring(end + END.length());
    }

    /** The generated section as README.md holds it now, or null without markers. */
    public static String current(String readme) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        return begin < 0 || end < begin ? null : readme.substring(begin, end + END.length());
    }

    private static String cell(String text) {
        return text == null ? "" : text.strip().replace("\n", " ").replace("|", "\\|");
    }
}
