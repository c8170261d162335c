package fr.dijon.observatoire.ingest.ops;

import static fr.dijon.observatoire.ingest.ops.OpsColumn.*;

import java.util.List;
import java.util.StringJoiner;

/**
 * The consistency rules of an OPS row, turned into one SQL query that lists every refused value with its
 * French reason: counts must be whole and not negative, no category may exceed the households (or dwellings,
 * or adults) it is a part of, income bands must sum to the respondents, the commune must be known, the survey
 * year may not be in the future, and a residence (or address, or communal perimeter) appears once per survey year:
 * every copy of a duplicated row is rejected, naming the other line, so that nothing is counted twice.
 */
final class OpsRules {

    /** A part that may not exceed its whole. */
    private record Part(OpsColumn part, OpsColumn whole) {
    }

    private static final List<Part> PARTS = List.of(
            new Part(LOGEMENTS_OCCUPES, LOGEMENTS), new Part(LOGEMENTS_VACANTS, LOGEMENTS),
            new Part(MENAGES_ENQUETES, LOGEMENTS), new Part(MENAGES_REPONDANTS, LOGEMENTS),
            new Part(MENAGES_REPONDANTS, MENAGES_ENQUETES),
            new Part(MENAGES_APL, MENAGES_REPONDANTS), new Part(PERSONNES_SEULES, MENAGES_REPONDANTS),
            new Part(COUPLES_SANS_ENFANT, MENAGES_REPONDANTS), new Part(COUPLES_AVEC_ENFANTS, MENAGES_REPONDANTS),
            new Part(FAMILLES_MONOPARENTALES, MENAGES_REPONDANTS), new Part(FAMILLES_NOMBREUSES, MENAGES_REPONDANTS),
            new Part(TITULAIRE_MOINS_25, MENAGES_REPONDANTS), new Part(TITULAIRE_25_39, MENAGES_REPONDANTS),
            new Part(TITULAIRE_40_64, MENAGES_REPONDANTS), new Part(TITULAIRE_65_PLUS, MENAGES_REPONDANTS),
            new Part(ADULTES_EMPLOI, ADULTES), new Part(ADULTES_CHOMAGE, ADULTES), new Part(ADULTES_INACTIFS, ADULTES),
            new Part(EM_MENAGES_REPONDANTS, MENAGES_REPONDANTS),
            new Part(EM_MENAGES_APL, EM_MENAGES_REPONDANTS),
            new Part(EM_FAMILLES_MONOPARENTALES, EM_MENAGES_REPONDANTS),
            new Part(EM_REV_MOINS_20, EM_MENAGES_REPONDANTS),
            // Recent movers are households of the survey: none of their categories exceeds the same category of all.
            new Part(EM_MENAGES_APL, MENAGES_APL), new Part(EM_FAMILLES_MONOPARENTALES, FAMILLES_MONOPARENTALES),
            new Part(EM_REV_MOINS_20, REV_MOINS_20), new Part(EM_REV_20_40, REV_20_40),
            new Part(EM_REV_40_60, REV_40_60), new Part(EM_REV_60_100, REV_60_100),
            new Part(EM_REV_PLUS_100, REV_PLUS_100));

    private static final List<OpsColumn> BANDS = List.of(REV_MOINS_20, REV_20_40, REV_40_60, REV_60_100, REV_PLUS_100);
    private static final List<OpsColumn> RECENT_BANDS =
            List.of(EM_REV_MOINS_20, EM_REV_20_40, EM_REV_40_60, EM_REV_60_100, EM_REV_PLUS_100);

    private OpsRules() {
    }

    /** SQL over the staging table {@code ops_stg_controle}: rang, champ, valeur, motif, rang_lie. */
    static String rejectsSql(List<OpsColumn> present, int currentYear) {
        StringJoiner union = new StringJoiner("\nUNION ALL\n");
        for (OpsColumn c : OpsColumn.values()) {
            String v = c.column();
            if (c.required()) {
                union.add(select(c, "coalesce(trim(" + v + "), '') = ''", "'valeur obligatoire manquante (" + sql(c.label()) + ")'"));
            }
            if (c.kind() == OpsColumn.Kind.COUNT && present.contains(c)) {
                union.add(select(c, "coalesce(trim(" + v + "), '') <> '' AND NOT regexp_full_match(trim(" + v
                        + "), '-?[0-9]+')", "'nombre entier attendu (" + sql(c.label()) + ")'"));
                union.add(select(c, "TRY_CAST(trim(" + v + ") AS BIGINT) < 0", "'valeur négative impossible (" + sql(c.label()) + ")'"));
            }
        }
        union.add(select(ANNEE_ENQUETE, "coalesce(trim(annee_enquete), '') <> '' AND NOT "
                + "coalesce(TRY_CAST(trim(annee_enquete) AS INTEGER) BETWEEN 2000 AND 2100, false)",
                "'année d''enquête invalide (4 chiffres attendus, ex. 2024)'"));
        union.add(select(ANNEE_ENQUETE, "TRY_CAST(trim(annee_enquete) AS INTEGER) BETWEEN " + (currentYear + 1)
                + " AND 2100", "'année d''enquête dans le futur (année en cours : " + currentYear + ")'"));
        union.add(duplicates());
        union.add(select(NIVEAU, "coalesce(trim(niveau), '') <> '' AND lower(trim(niveau)) NOT IN "
                + "('residence', 'résidence', 'adresse', 'commune')",
                "'niveau inconnu : residence, adresse ou commune attendu'"));
        union.add(select(DEPCOM, "coalesce(trim(depcom), '') <> '' AND trim(depcom) NOT IN "
                + "(SELECT code_insee FROM ref_commune)", "'code commune inconnu du référentiel des communes'"));
        union.add(select(PERIMETRE, "lower(trim(niveau)) = 'commune' AND NOT (lower(coalesce(trim(perimetre), '')) "
                + "IN ('hors_qpv', 'ensemble') OR trim(perimetre) IN (SELECT code_qpv FROM ref_qpv))",
                "'périmètre inconnu pour une ligne communale : code QPV, hors_qpv ou ensemble attendu'"));
        for (Part p : PARTS) {
            if (present.contains(p.part()) && present.contains(p.whole())) {
                String part = "TRY_CAST(trim(" + p.part().column() + ") AS BIGINT)";
                String whole = "TRY_CAST(trim(" + p.whole().column() + ") AS BIGINT)";
                union.add(select(p.part(), part + " > " + whole, "'" + sql(p.part().label())
                        + " (' || " + part + " || ') dépasse le nombre de " + sql(p.whole().label())
                        + " (' || " + whole + " || ')'"));
            }
        }
        union.add(sumRule(BANDS, MENAGES_REPONDANTS, present, "les tranches de revenus"));
        if (present.containsAll(RECENT_BANDS) && present.contains(EM_MENAGES_REPONDANTS)) {
            union.add(sumRule(RECENT_BANDS, EM_MENAGES_REPONDANTS, present, "les tranches de revenus des emménagés récents"));
        }
        return "SELECT rang, champ, valeur, motif, rang_lie FROM (\n" + union + "\n) ORDER BY rang, champ";
    }

    private static String sumRule(List<OpsColumn> bands, OpsColumn total, List<OpsColumn> present, String what) {
        StringJoiner sum = new StringJoiner(" + ");
        for (OpsColumn b : bands) {
            sum.add("TRY_CAST(trim(" + b.column() + ") AS BIGINT)");
        }
        String t = "TRY_CAST(trim(" + total.column() + ") AS BIGINT)";
        return select(total, "(" + sum + ") <> " + t, "'" + what + " font ' || (" + sum + ") || ' ménages, "
                + "au lieu des ' || " + t + " || ' " + sql(total.label()) + "'");
    }

    /** A label inside a SQL string literal. */
    private static String sql(String label) {
        return label.replace("'", "''");
    }

    private static String select(OpsColumn c, String condition, String reason) {
        return "SELECT rang, '" + c.name() + "' AS champ, " + c.column() + " AS valeur, " + reason
                + " AS motif, CAST(NULL AS BIGINT) AS rang_lie FROM ops_stg_controle WHERE " + condition;
    }

    /**
     * Rows describing the same thing in the same survey year: same level and commune, and same residence
     * identifier, else same address (case and spaces ignored), else same communal perimeter.
     */
    private static String duplicates() {
        String what = "CASE WHEN coalesce(trim(identifiant_residence), '') <> '' THEN 'IDENTIFIANT_RESIDENCE' "
                + "WHEN lower(trim(niveau)) = 'commune' THEN 'PERIMETRE' ELSE 'ADRESSE' END";
        String key = "CASE WHEN coalesce(trim(identifiant_residence), '') <> '' THEN trim(identifiant_residence) "
                + "WHEN lower(trim(niveau)) = 'commune' THEN lower(trim(perimetre)) "
                + "ELSE regexp_replace(lower(trim(adresse)), '\\s+', ' ', 'g') END";
        return "SELECT rang, champ, valeur, 'ligne en double : même année d''enquête, même niveau et même '"
                + " || CASE champ WHEN 'IDENTIFIANT_RESIDENCE' THEN 'résidence' WHEN 'PERIMETRE' THEN 'périmètre' "
                + "ELSE 'adresse' END || ' qu''à la ligne {ligne_liee} ; aucune des deux n''est chargée, pour ne pas "
                + "compter deux fois les mêmes ménages' AS motif, rang_lie FROM (SELECT rang, " + what + " AS champ, "
                + "CASE " + what + " WHEN 'IDENTIFIANT_RESIDENCE' THEN identifiant_residence WHEN 'PERIMETRE' "
                + "THEN perimetre ELSE adresse END AS valeur, "
                + "CASE WHEN rang = min(rang) OVER cle THEN max(rang) OVER cle ELSE min(rang) OVER cle END AS rang_lie, "
                + "count(*) OVER cle AS n FROM ops_stg_controle WHERE coalesce(" + key + ", '') <> '' "
                + "WINDOW cle AS (PARTITION BY trim(annee_enquete), lower(trim(niveau)), trim(depcom), " + key + ")) "
                + "WHERE n > 1";
    }
}
