package fr.dijon.observatoire.publication;

import fr.dijon.observatoire.store.Rows;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The documentation a publication was computed with (its {@code mart_dictionnaire}, written from the models' schema
 * files): each published column's label, unit, definition and source, and each documented code of a column of codes
 * (the indicators of mart_territoire…). The pack's dictionary and the atlas's methodology read it from here.
 */
public record PublishedDictionary(List<Entry> entries) {

    /** Where the territorial indicators are documented: the codes of mart_territoire.indicateur. */
    public static final String INDICATORS_MODEL = "mart_territoire";
    public static final String INDICATORS_COLUMN = "indicateur";
    /** Where the fragility components are documented: the codes of mart_residence_composante.composante. */
    public static final String COMPONENTS_MODEL = "mart_residence_composante";
    public static final String COMPONENTS_COLUMN = "composante";

    /** One documented column ({@code code} null) or one documented code of a column. */
    public record Entry(String model, String column, String code, String label, String unit, String definition,
                        String source) {
    }

    /** The period's documentation, in the order of the schema files. */
    public static PublishedDictionary read(PublishedMarts marts) throws SQLException {
        return new PublishedDictionary(List.copyOf(Rows.list(marts.query("SELECT modele, colonne, code, libelle, unite, "
                + "definition, source FROM mart_dictionnaire ORDER BY rang"), rs -> new Entry(rs.getString("modele"),
                rs.getString("colonne"), rs.getString("code"), rs.getString("libelle"), rs.getString("unite"),
                rs.getString("definition"), rs.getString("source")))));
    }

    /** The documented columns of a mart, in order. */
    public List<Entry> columns(String model) {
        return entries.stream().filter(e -> e.model().equals(model) && e.code() == null).toList();
    }

    /** One documented column. */
    public Optional<Entry> column(String model, String column) {
        return columns(model).stream().filter(e -> e.column().equals(column)).findFirst();
    }

    /** The territorial indicators, in order. */
    public List<Entry> indicators() {
        return codes(INDICATORS_MODEL, INDICATORS_COLUMN);
    }

    /** The fragility components, in order. */
    public List<Entry> components() {
        return codes(COMPONENTS_MODEL, COMPONENTS_COLUMN);
    }

    /** The documented codes a column of a mart takes (e.g. mart_territoire's indicators), in order. */
    public List<Entry> codes(String model, String column) {
        return entries.stream().filter(e -> e.model().equals(model) && column.equals(e.column()) && e.code() != null)
                .toList();
    }
}
