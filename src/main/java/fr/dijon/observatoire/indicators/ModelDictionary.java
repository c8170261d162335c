package fr.dijon.observatoire.indicators;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes {@code mart_dictionnaire}, the documentation of the published marts as their schema files give it: one row
 * per column (label, unit, definition, source) and per documented code of a column of codes (each indicator of
 * mart_territoire…). Published with the marts, so that the pack's dictionary, the atlas's methodology and any
 * later reader describe a publication as it was computed, not as jobs/ reads today. Text only: no figure.
 */
public final class ModelDictionary {

    /** The published table's name. */
    public static final String TABLE = "mart_dictionnaire";

    private ModelDictionary() {
    }

    public static void write(Connection c, List<SqlModel> models) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE " + WorkSchema.NAME + "." + TABLE + " (rang INTEGER, modele VARCHAR, "
                    + "colonne VARCHAR, code VARCHAR, libelle VARCHAR, unite VARCHAR, definition VARCHAR, source VARCHAR)");
        }
        int rank = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + WorkSchema.NAME + "." + TABLE
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (SqlModel model : models) {
                if (model.layer() != SqlModel.Layer.MARTS || model.schema() == null) {
                    continue;
                }
                for (ModelSchema.Column column : model.schema().colonnes()) {
                    add(ps, ++rank, model.name(), column.nom(), null, column.libelle(), column.unite(),
                            column.definition(), column.source());
                    for (ModelSchema.Value value : column.valeurs()) {
                        add(ps, ++rank, model.name(), column.nom(), value.code(), value.libelle(), value.unite(),
                                value.definition(), value.source());
                    }
                }
            }
            ps.executeBatch();
        }
    }

    private static void add(PreparedStatement ps, int rank, String model, String... values) throws SQLException {
        ps.setInt(1, rank);
        ps.setString(2, model);
        for (int i = 0; i < values.length; i++) {
            ps.setString(i + 3, values[i] == null ? null : values[i].strip());
        }
        ps.addBatch();
    }
}
