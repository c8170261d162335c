package fr.dijon.observatoire.ingest.ops;

import fr.dijon.observatoire.ingest.PreparedInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Header checks of an OPS extract: the required columns that are missing, and the unknown ones. */
final class OpsColumnsCheck {

    private OpsColumnsCheck() {
    }

    static List<String> missing(Map<OpsColumn, Integer> positions) {
        List<String> missing = new ArrayList<>();
        for (OpsColumn column : OpsColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                missing.add(column.column());
            }
        }
        return missing;
    }

    static List<String> unknown(PreparedInput input) {
        List<String> unknown = new ArrayList<>();
        for (String name : input.header().columns()) {
            try {
                OpsColumn.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                unknown.add(name);
            }
        }
        return unknown;
    }
}
