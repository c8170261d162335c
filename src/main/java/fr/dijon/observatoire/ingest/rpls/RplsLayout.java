package fr.dijon.observatoire.ingest.rpls;

import fr.dijon.observatoire.ingest.HeaderLine;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one RPLS file's header maps to the fields the observatory uses: the layout (2023+ or ≤ 2021), the
 * variant (public, or the restricted "version loi" with rents and occupancy), the missing required columns and
 * the unknown extra columns.
 */
public record RplsLayout(String name, boolean loi, Map<RplsField, Integer> positions, List<String> missing,
                         List<String> unknown, int columnCount) {

    /** Columns of the SDES layouts that are known but not used by the observatory. */
    private static final Set<String> KNOWN_UNUSED = Set.of(
            "REG_LIBELLE", "DEP_CODE", "DEP_LIBELLE", "EPCI_CODE", "EPCI_LIBELLE", "CODEPOSTAL",
            "DROIT_CODE", "DROIT_LIBELLE", "NUMAPPT", "NUMBOITE", "ESC", "COULOIR", "ETAGE", "COMPLIDENT",
            "ENTREE", "BAT", "QPV_LIBELLE", "TYPECONST_LIBELLE", "ORIGINE", "ORIGINE_CODE", "ORIGINE_LIBELLE",
            "FINAN_LIBELLE", "FINANAUTRE", "NUMCONV", "NEWLOGT", "NEWLOGT_CODE", "NEWLOGT_LIBELLE", "CUS",
            "SRU_EXPIR", "SRU_ALINEA", "CODSEGPATRIM", "LIBSEGPATRIM", "PMR_LIBELLE", "PLG_VOIE",
            "PLG_IRIS2024_CODE", "PLG_IRIS2024_LIBELLE", "PLG_IRIS", "QUALITE_VOIE", "QUALITE_XY",
            "DISTANCE_PRECISION", "QUALITE_GEOLOC", "UU2020", "UU2020_CODE", "UU2020_LIBELLE", "AAV2020",
            "AAV2020_CODE", "AAV2020_LIBELLE", "ZE2020", "ZE2020_CODE", "ZE2020_LIBELLE", "PLG_CODEPOSTAL",
            "DEP", "LIBDEP", "IDENT_INT", "DPE_DATE", "LIBEPCI", "EPCI");

    public static RplsLayout of(HeaderLine header) {
        Map<RplsField, Integer> positions = new EnumMap<>(RplsField.class);
        List<String> missing = new ArrayList<>();
        for (RplsField field : RplsField.values()) {
            int position = -1;
            for (String name : field.headerNames()) {
                position = header.indexOfIgnoreCase(name);
                if (position >= 0) {
                    break;
                }
            }
            if (position >= 0) {
                positions.put(field, position);
            } else if (field.required()) {
                missing.add(String.join(" ou ", field.headerNames()));
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String column : header.columns()) {
            String upper = column.toUpperCase(Locale.ROOT);
            if (!KNOWN_UNUSED.contains(upper) && !isUsed(upper)) {
                unknown.add(column);
            }
        }
        boolean modern = header.indexOfIgnoreCase("FINAN_CODE") >= 0 || header.indexOfIgnoreCase("QPV_CODE") >= 0;
        boolean loi = positions.containsKey(RplsField.LOYERPRINC) || positions.containsKey(RplsField.IDENT_REP);
        String name = "RPLS " + (modern ? "2023+" : "≤ 2021") + (loi ? ", version loi" : ", version publique");
        return new RplsLayout(name, loi, positions, List.copyOf(missing), List.copyOf(unknown),
                header.columns().size());
    }

    private static boolean isUsed(String upper) {
        for (RplsField field : RplsField.values()) {
            if (field.headerNames().contains(upper)) {
                return true;
            }
        }
        return false;
    }

    /** The staging columns, each with its position in the file (null when the file lacks it). */
    public java.util.LinkedHashMap<String, Integer> stagingFields() {
        java.util.LinkedHashMap<String, Integer> fields = new java.util.LinkedHashMap<>();
        for (RplsField field : RplsField.values()) {
            fields.put(field.column(), positions.get(field));
        }
        return fields;
    }

    public String headerName(RplsField field, HeaderLine header) {
        Integer position = positions.get(field);
        return position == null ? field.headerNames().get(0) : header.columns().get(position);
    }
}
