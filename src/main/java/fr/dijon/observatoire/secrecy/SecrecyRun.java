package fr.dijon.observatoire.secrecy;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Statistical secrecy, applied once for a whole publication: the occupancy table of each survey year
 * ({@link TransferProtection}) and every partner series subject to secrecy ({@link SeriesProtection}), given what the
 * previous publication published. It writes, in the work schema, {@code secret_forme} (every form: published or
 * not, why, the certified reach, its value and months — kept with the publication so that the next one can stay
 * consistent with it), {@code secret_unite} (what of each unit's class is published) and {@code secret_serie} (the
 * grain of each series). The marts join these tables by the keys the intermediate models carry; nothing else decides
 * what is published.
 */
public final class SecrecyRun {

    /** Counts for the run's summary. */
    public record Result(int forms, int primary, int secondary, int series, int coarsened) {
    }

    private record Row(String key, String family, String series, boolean published, String reason, long reach,
                       long value, List<String> months) {
    }

    public Result run(Connection c, String schema, String previousPeriod) throws SQLException {
        int threshold;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT seuil_secret FROM param_execution")) {
            rs.next();
            threshold = rs.getInt(1);
        }
        Previous previous = Previous.read(c, previousPeriod);
        List<Row> rows = new ArrayList<>();
        Map<String, boolean[]> unitClasses = new LinkedHashMap<>();
        for (int year : OccupancyInput.years(c)) {
            OccupancyInput.Input input = OccupancyInput.read(c, threshold, year);
            OccupancyTable table = input.table();
            Map<String, Long> values = values(table);
            TransferProtection protection = new TransferProtection(table, input.classes(),
                    previous.masked(values), previous.published(values));
            for (TransferProtection.Decision d : protection.protect()) {
                rows.add(new Row(d.key(), "ops", null, d.published(),
                        d.reason() == null ? null : d.reason().name().toLowerCase(java.util.Locale.ROOT).replace("complement",
                                "complément").replace("retrait", "retrait de l'unité"), d.reach(), values.get(d.key()), List.of()));
            }
            for (String unit : input.classes().keySet()) {
                boolean[] published = protection.classPublished(unit);
                unitClasses.put(unit, java.util.Arrays.copyOf(published, published.length + 1));
                unitClasses.get(unit)[published.length] = protection.withdrawn(unit);
            }
        }
        Map<String, String> grains = series(c, threshold, previous, rows);
        write(c, schema, rows, unitClasses, grains);
        int primary = (int) rows.stream().filter(r -> "primaire".equals(r.reason()) || "complément".equals(r.reason())).count();
        int secondary = (int) rows.stream().filter(r -> "secondaire".equals(r.reason())).count();
        int coarsened = (int) grains.values().stream().filter(g -> !g.equals("mois")).count();
        return new Result(rows.size(), primary, secondary, grains.size(), coarsened);
    }

    private static Map<String, Long> values(OccupancyTable table) {
        Map<String, Long> values = new HashMap<>();
        for (int g = 0; g < table.groupCount(); g++) {
            for (int d = 0; d < table.dimCount(); d++) {
                if (table.hasForm(g, d)) {
                    values.put(table.formKey[g][d], table.total(g, d));
                }
            }
        }
        return values;
    }

    private static Map<String, String> series(Connection c, int threshold, Previous previous, List<Row> rows)
            throws SQLException {
        Map<String, Map<String, Long>> months = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT serie, mois, valeur FROM int_secret_serie_mois ORDER BY serie, mois")) {
            while (rs.next()) {
                months.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
            }
        }
        Map<String, List<Object[]>> forms = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT serie, forme, grain, valeur, mois FROM int_secret_serie_forme ORDER BY forme")) {
            while (rs.next()) {
                forms.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Object[] {rs.getString(2),
                        rs.getString(3), rs.getLong(4), strings(rs.getArray(5))});
            }
        }
        Map<String, String> grains = new LinkedHashMap<>();
        SeriesProtection protection = new SeriesProtection(threshold);
        for (Map.Entry<String, List<Object[]>> e : forms.entrySet()) {
            Map<String, Long> byMonth = months.getOrDefault(e.getKey(), Map.of());
            List<String> monthList = new ArrayList<>(byMonth.keySet());
            Map<String, Integer> index = SeriesProtection.index(monthList);
            long[] values = monthList.stream().mapToLong(byMonth::get).toArray();
            List<SeriesProtection.Form> candidates = new ArrayList<>();
            Map<String, Object[]> byKey = new HashMap<>();
            for (Object[] f : e.getValue()) {
                @SuppressWarnings("unchecked")
                List<String> ms = (List<String>) f[3];
                candidates.add(new SeriesProtection.Form((String) f[0], (String) f[1], indices(ms, index), (Long) f[2]));
                byKey.put((String) f[0], f);
            }
            SeriesProtection.Outcome outcome = protection.protect(values, candidates,
                    previous.seriesForms(e.getKey(), index), previous.maskedValues().keySet());
            grains.put(e.getKey(), outcome.grain());
            for (SeriesProtection.Decision d : outcome.decisions()) {
                Object[] f = byKey.get(d.key());
                @SuppressWarnings("unchecked")
                List<String> ms = (List<String>) f[3];
                rows.add(new Row(d.key(), "serie", e.getKey(), d.published(), d.reason(), 0, (Long) f[2], ms));
            }
        }
        return grains;
    }

    private static int[] indices(List<String> months, Map<String, Integer> index) {
        return months.stream().filter(index::containsKey).mapToInt(index::get).toArray();
    }

    private static List<String> strings(Array array) throws SQLException {
        List<String> out = new ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }

    private static void write(Connection c, String schema, List<Row> rows, Map<String, boolean[]> units,
                              Map<String, String> grains) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE " + schema + ".secret_forme (forme VARCHAR PRIMARY KEY, famille VARCHAR, "
                    + "serie VARCHAR, publiee BOOLEAN NOT NULL, raison VARCHAR, portee BIGINT, valeur BIGINT, mois VARCHAR)");
            st.execute("CREATE OR REPLACE TABLE " + schema + ".secret_unite (unite VARCHAR PRIMARY KEY, "
                    + "indice_publie BOOLEAN, principale_publiee BOOLEAN, classe_publiee BOOLEAN, retiree BOOLEAN)");
            st.execute("CREATE OR REPLACE TABLE " + schema + ".secret_serie (serie VARCHAR PRIMARY KEY, grain VARCHAR)");
            st.execute("SELECT 1");
        }
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        try (DuckDBAppender a = duck.createAppender(schema, "secret_forme")) {
            for (Row r : rows) {
                a.beginRow();
                a.append(r.key());
                a.append(r.family());
                append(a, r.series());
                a.append(r.published());
                append(a, r.reason());
                a.append(r.reach());
                a.append(r.value());
                append(a, r.months().isEmpty() ? null : String.join(",", r.months()));
                a.endRow();
            }
        }
        try (DuckDBAppender a = duck.createAppender(schema, "secret_unite")) {
            for (Map.Entry<String, boolean[]> u : units.entrySet()) {
                a.beginRow();
                a.append(u.getKey());
                a.append(u.getValue()[UnitClass.Published.INDICE.ordinal()]);
                a.append(u.getValue()[UnitClass.Published.PRINCIPALE.ordinal()]);
                a.append(u.getValue()[UnitClass.Published.CLASSE.ordinal()]);
                a.append(u.getValue()[UnitClass.Published.values().length]);
                a.endRow();
            }
        }
        try (DuckDBAppender a = duck.createAppender(schema, "secret_serie")) {
            for (Map.Entry<String, String> g : grains.entrySet()) {
                a.beginRow();
                a.append(g.getKey());
                a.append(g.getValue());
                a.endRow();
            }
        }
    }

    private static void append(DuckDBAppender a, String value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value);
        }
    }

    /** What the previous publication published and masked, with the values then. */
    private record Previous(Map<String, Long> publishedValues, Map<String, Long> maskedValues,
                            Map<String, Map<String, Object[]>> series) {

        static Previous read(Connection c, String period) throws SQLException {
            Map<String, Long> published = new HashMap<>();
            Map<String, Long> masked = new HashMap<>();
            Map<String, Map<String, Object[]>> series = new HashMap<>();
            if (period == null || !exists(c)) {
                return new Previous(published, masked, series);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT forme, publiee, valeur, serie, mois, raison "
                    + "FROM main.secret_forme WHERE periode = ?")) {
                ps.setString(1, period);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String key = rs.getString(1);
                        if (rs.getBoolean(2)) {
                            published.put(key, rs.getLong(3));
                            if (rs.getString(4) != null && rs.getString(5) != null) {
                                series.computeIfAbsent(rs.getString(4), k -> new HashMap<>())
                                        .put(key, new Object[] {rs.getLong(3), List.of(rs.getString(5).split(","))});
                            }
                        } else if (!"grain".equals(rs.getString(6))) {
                            masked.put(key, rs.getLong(3));
                        }
                    }
                }
            }
            return new Previous(published, masked, series);
        }

        private static boolean exists(Connection c) throws SQLException {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
                         + "AND schema_name = 'main' AND table_name = 'secret_forme'")) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }

        /** Previous masks on forms whose value is unchanged (the same inputs): they stay masked. */
        Set<String> masked(Map<String, Long> current) {
            return unchanged(maskedValues, current);
        }

        /** Previous publications of forms with the same value: a reader already has them. */
        Set<String> published(Map<String, Long> current) {
            return unchanged(publishedValues, current);
        }

        private static Set<String> unchanged(Map<String, Long> previous, Map<String, Long> current) {
            Set<String> out = new TreeSet<>();
            previous.forEach((key, value) -> {
                if (value.equals(current.get(key))) {
                    out.add(key);
                }
            });
            return out;
        }

        /** The previous publication's published forms of one series, as sums of this series' months. */
        @SuppressWarnings("unchecked")
        List<SeriesProtection.Form> seriesForms(String name, Map<String, Integer> index) {
            List<SeriesProtection.Form> out = new ArrayList<>();
            for (Map.Entry<String, Object[]> e : series.getOrDefault(name, Map.of()).entrySet()) {
                List<String> ms = (List<String>) e.getValue()[1];
                if (ms.stream().allMatch(index::containsKey)) {
                    out.add(new SeriesProtection.Form(e.getKey(), "mois", ms.stream().mapToInt(index::get).toArray(),
                            (Long) e.getValue()[0]));
                }
            }
            return out;
        }
    }
}
