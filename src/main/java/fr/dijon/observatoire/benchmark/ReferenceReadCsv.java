package fr.dijon.observatoire.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The reference of the benchmark: a bare {@code CREATE TABLE AS SELECT * FROM read_csv(...)} of the RPLS file
 * with explicit types, nothing else. It is the physical limit of loading on this machine.
 */
final class ReferenceReadCsv {

    private static final Set<String> SMALLINTS = Set.of("NBPIECE", "CONSTRUCT", "LOCAT", "PATRIMOINE", "ETAGE",
            "MODE", "DUREE_VACANCE");
    private static final Set<String> DECIMALS = Set.of("SURFHAB", "LOYERPRINC", "LOYERACC", "LOYERMAXAPL", "LOYERMAXCUS");
    private static final Set<String> DOUBLES = Set.of("X", "Y", "DISTANCE_PRECISION");
    private static final Set<String> DATES = Set.of("DATCONV", "BAIL");

    private ReferenceReadCsv() {
    }

    static long load(Connection c, Path utf8File, List<String> columns) throws SQLException {
        StringJoiner types = new StringJoiner(", ", "{", "}");
        for (String column : columns) {
            types.add("'" + column + "': '" + type(column) + "'");
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE reference_read_csv AS SELECT * FROM read_csv('"
                    + utf8File.toAbsolutePath().toString().replace("'", "''") + "', delim = ';', header = true, "
                    + "decimal_separator = ',', dateformat = '%d/%m/%Y', auto_detect = false, columns = " + types + ")");
            try (var rs = st.executeQuery("SELECT count(*) FROM reference_read_csv")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String type(String column) {
        if (SMALLINTS.contains(column)) {
            return "SMALLINT";
        }
        if (DECIMALS.contains(column)) {
            return "DECIMAL(9,2)";
        }
        if (DOUBLES.contains(column)) {
            return "DOUBLE";
        }
        if (DATES.contains(column)) {
            return "DATE";
        }
        return "VARCHAR";
    }
}
