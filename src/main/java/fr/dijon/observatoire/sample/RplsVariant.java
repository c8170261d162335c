package fr.dijon.observatoire.sample;

import java.util.ArrayList;
import java.util.List;

/** The two distributions of the RPLS file: public (73 columns) and restricted "version loi" (84 columns). */
public enum RplsVariant {

    /** Public file: 73 columns, no identifiers, occupancy or rents. */
    PUBLIQUE(RplsColumns.PUBLIC),

    /** Restricted "version loi": the public columns plus identifiers, landlord, occupancy, lease and rents. */
    LOI(concat(RplsColumns.PUBLIC, RplsColumns.LOI_EXTRA));

    private final List<String> columns;

    RplsVariant(List<String> columns) {
        this.columns = columns;
    }

    public List<String> columns() {
        return columns;
    }

    public int columnCount() {
        return columns.size();
    }

    /** The header line, without line ending. */
    public String header() {
        return String.join(";", columns);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
