package fr.dijon.observatoire.indicators;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Writes the method parameters into the {@code param_*} tables of the work schema, which the SQL models read:
 * dated APL ceilings (decimals), the target household of each typology, the fragility components.
 */
final class ParameterTables {

    private static final String S = WorkSchema.NAME + ".";

    private ParameterTables() {
    }

    static void write(Connection c, MethodParameters p) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS " + WorkSchema.NAME);
            st.execute("CREATE OR REPLACE TABLE " + S + "param_plafond_apl (date_application DATE, zone VARCHAR, "
                    + "personne_seule DECIMAL(9,2), couple DECIMAL(9,2), une_personne_a_charge DECIMAL(9,2), "
                    + "par_personne_supplementaire DECIMAL(9,2))");
            st.execute("CREATE OR REPLACE TABLE " + S + "param_typologie (nbpiece INTEGER, menage VARCHAR, "
                    + "personnes_a_charge INTEGER)");
            st.execute("CREATE OR REPLACE TABLE " + S + "param_composante (code VARCHAR, libelle VARCHAR, "
                    + "poids DECIMAL(9,4), rang INTEGER)");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + S + "param_plafond_apl VALUES (?, ?, ?, ?, ?, ?)")) {
            for (MethodParameters.AplCeiling row : p.accessibilite().plafondsApl()) {
                ps.setObject(1, row.dateApplication());
                ps.setString(2, row.zone());
                ps.setBigDecimal(3, row.personneSeule());
                ps.setBigDecimal(4, row.couple());
                ps.setBigDecimal(5, row.unePersonneACharge());
                ps.setBigDecimal(6, row.parPersonneSupplementaire());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + S + "param_typologie VALUES (?, ?, ?)")) {
            for (Map.Entry<Integer, String> e : p.accessibilite().typologieMenage().entrySet()) {
                boolean dependants = e.getValue().matches("\\d+");
                ps.setInt(1, e.getKey());
                ps.setString(2, dependants ? "personnes_a_charge" : e.getValue());
                ps.setObject(3, dependants ? Integer.valueOf(e.getValue()) : null);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + S + "param_composante VALUES (?, ?, ?, ?)")) {
            int rank = 0;
            for (Map.Entry<String, MethodParameters.Component> e : p.fragilite().composantes().entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue().libelle());
                ps.setBigDecimal(3, e.getValue().poids());
                ps.setInt(4, ++rank);
                ps.executeUpdate();
            }
        }
    }
}
