package fr.dijon.observatoire.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The precision attack: an occupancy share published with more than whole percent, or a composite index with more
 * than two decimals, narrows the numerator and can rebuild a masked denominator (0,6 and 0,44 are both multiples of
 * 1/25 only). Every such cell of the pack is a breach.
 */
final class Precision {

    /** The occupancy shares of residences.csv (their denominators are households of the OPS). */
    private static final List<String> UNIT_SHARES = List.of("part_tres_bas_revenus", "part_eligibles_plai",
            "part_beneficiaires_apl", "part_adultes_sans_emploi", "part_familles_monoparentales",
            "part_familles_nombreuses", "part_emmenages_pauvres");

    private Precision() {
    }

    static List<Breach> check(PublishedPack pack) {
        List<Breach> found = new ArrayList<>();
        for (Map<String, String> r : pack.table("residences.csv")) {
            for (String column : UNIT_SHARES) {
                decimals(found, "residences.csv", "résidence " + r.get("residence_id") + ", " + column, r.get(column), 2);
            }
            decimals(found, "residences.csv", "résidence " + r.get("residence_id") + ", indice_fragilite",
                    r.get("indice_fragilite"), 2);
        }
        for (Map<String, String> r : pack.table("unites.csv")) {
            decimals(found, "unites.csv", "unité " + r.get("unite_occupation") + ", indice_fragilite",
                    r.get("indice_fragilite"), 2);
        }
        for (String table : List.of("communes.csv", "qpv.csv")) {
            for (Map<String, String> r : pack.table(table)) {
                // Residences by published class (« residences_* ») are counted from the classes the pack publishes
                // one by one, with their numerator and denominator: their precision tells nothing more.
                String indicator = r.get("indicateur");
                if ("OPS".equals(r.get("source")) && !"menages_repondants".equals(indicator)
                        && !indicator.startsWith("residences_")) {
                    decimals(found, table, r.get("niveau") + " " + r.get("code") + ", " + r.get("indicateur"),
                            r.get("valeur"), 2);
                }
            }
        }
        return found;
    }

    private static void decimals(List<Breach> found, String file, String figure, String cell, int allowed) {
        Double value = PublishedPack.number(cell);
        if (value == null) {
            return;
        }
        double scaled = value * Math.pow(10, allowed);
        if (Math.abs(scaled - Math.rint(scaled)) > 1e-6) {
            found.add(new Breach(Breach.PRECISION, file, figure, "« " + cell.strip() + " » est publié avec plus de "
                    + allowed + " décimales"));
        }
    }
}
