package fr.dijon.observatoire.secrecy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the occupancy table of the secrecy rule from the intermediate models ({@code int_secret_ops_*},
 * {@code int_unite_composante}, {@code int_unite_fragilite}). The fragility class of every unit is recomputed here
 * from its components and compared with the model's: a formula that drifted between SQL and Java would make the
 * class constraint wrong, so it stops the computation.
 */
public final class OccupancyInput {

    /** The table and the class of each publishable unit. */
    public record Input(OccupancyTable table, Map<String, UnitClass> classes) {
    }

    private OccupancyInput() {
    }

    /** The survey years in the secrecy input, the retained one last. */
    public static List<Integer> years(Connection c) throws SQLException {
        List<Integer> years = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT annee FROM int_secret_ops_variable ORDER BY 1")) {
            while (rs.next()) {
                years.add(rs.getInt(1));
            }
        }
        return years;
    }

    /** The table of one survey year; the units' classes only for the retained survey. */
    public static Input read(Connection c, int threshold, int year) throws SQLException {
        OccupancyTable.Builder b = new OccupancyTable.Builder(threshold);
        Map<String, String> prefixOf = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT dimension FROM int_secret_ops_variable WHERE annee = " + year + " ORDER BY 1")) {
            while (rs.next()) {
                b.dimension(rs.getString(1), true);
                String dim = rs.getString(1);
                prefixOf.put(dim.substring(dim.lastIndexOf(':') + 1), dim.substring(0, dim.lastIndexOf(':') + 1));
            }
        }
        if (prefixOf.isEmpty()) {
            return new Input(b.build(), Map.of());
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT unite FROM int_secret_ops_variable WHERE annee = " + year + " ORDER BY 1")) {
            while (rs.next()) {
                b.unit(rs.getString(1));
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT dimension, unite, coalesce(valeur, 0), plafond FROM int_secret_ops_variable WHERE annee = "
                     + year)) {
            while (rs.next()) {
                Object cap = rs.getObject(4);
                b.value(rs.getString(1), rs.getString(2), rs.getLong(3), cap == null ? null : ((Number) cap).longValue());
            }
        }
        String prefix = prefixOf.values().iterator().next();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT interieur, exterieur FROM int_secret_ops_emboitement")) {
            while (rs.next()) {
                if (prefixOf.containsKey(rs.getString(1)) && prefixOf.containsKey(rs.getString(2))) {
                    b.nesting(prefix + rs.getString(1), prefix + rs.getString(2));
                }
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT groupe, niveau, unite FROM int_secret_ops_membre WHERE annee = " + year
                     + " ORDER BY groupe, unite")) {
            while (rs.next()) {
                b.group(rs.getString(1), rs.getString(2), rs.getString(2).equals("unite")).member(rs.getString(1), rs.getString(3));
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT groupe, dimension, forme, cout FROM int_secret_ops_forme WHERE annee = " + year)) {
            while (rs.next()) {
                b.form(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4));
            }
        }
        OccupancyTable table = b.build();
        boolean retained;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT annee_ops = " + year + " FROM param_execution")) {
            retained = rs.next() && rs.getBoolean(1);
        }
        return new Input(table, retained ? classes(c, table) : Map.of());
    }

    private static Map<String, UnitClass> classes(Connection c, OccupancyTable table) throws SQLException {
        double fragileMin;
        double watchMin;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT fragile_min, surveiller_min FROM param_execution")) {
            rs.next();
            fragileMin = rs.getDouble(1);
            watchMin = rs.getDouble(2);
        }
        Map<String, List<UnitClass.Component>> components = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT c.unite, c.composante, c.poids, c.part_reference, c.dim_num, "
                     + "c.numerateur, c.dim_den, c.denominateur FROM int_unite_composante c "
                     + "JOIN int_unite_fragilite f USING (unite) ORDER BY c.unite, c.rang")) {
            while (rs.next()) {
                String prefix = table.dims[0].substring(0, table.dims[0].lastIndexOf(':') + 1);
                int num = rs.getString(5) == null ? -1 : table.dimIndex(prefix + rs.getString(5));
                int den = rs.getString(7) == null ? -1 : table.dimIndex(prefix + rs.getString(7));
                components.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new UnitClass.Component(
                        rs.getString(2), rs.getDouble(3), rs.getDouble(4), num, rs.getLong(6), den, rs.getLong(8)));
            }
        }
        Map<String, UnitClass> classes = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT unite, indice_composite, classe_fragilite, composante_principale "
                     + "FROM int_unite_fragilite")) {
            while (rs.next()) {
                UnitClass klass = new UnitClass(components.get(rs.getString(1)), fragileMin, watchMin);
                if (Math.abs(klass.composite() - rs.getDouble(2)) > 1e-9 || !klass.klass().equals(rs.getString(3))) {
                    throw new IllegalStateException("secret statistique : l'indice de fragilité de l'unité "
                            + rs.getString(1) + " recalculé par le module de secret (" + klass.composite() + ", "
                            + klass.klass() + ") diffère de celui des modèles (" + rs.getDouble(2) + ", " + rs.getString(3)
                            + ") : la formule de int_unite_fragilite et celle de secrecy.UnitClass doivent rester identiques.");
                }
                classes.put(rs.getString(1), klass);
            }
        }
        return classes;
    }
}
