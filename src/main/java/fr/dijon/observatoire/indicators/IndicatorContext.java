package fr.dijon.observatoire.indicators;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;

/**
 * Writes {@code param_execution}, the one-row table every model reads: the period, the inputs it rests on (the
 * latest RPLS millésime and OPS survey year not after the period's year) and the scalar method parameters.
 */
public final class IndicatorContext {

    private IndicatorContext() {
    }

    public static void write(Connection c, YearMonth period, MethodParameters parameters) throws SQLException {
        Integer millesime = scalar(c, "SELECT max(millesime) FROM main.rpls_commune_variante WHERE millesime <= "
                + period.getYear() + " AND depcom IN (SELECT code_insee FROM param_territoire)");
        if (millesime == null) {
            throw new IllegalStateException("aucun fichier RPLS d'un millésime antérieur ou égal à " + period.getYear()
                    + " n'est importé : importez d'abord le RPLS (./observatoire import <fichier>).");
        }
        int window = parameters.sansAbrisme().fenetreMois();
        try (PreparedStatement ps = c.prepareStatement("CREATE OR REPLACE TABLE " + WorkSchema.NAME + """
                .param_execution AS SELECT
                    CAST(? AS VARCHAR) AS periode,
                    CAST(? AS VARCHAR) AS premier_mois,
                    CAST(? AS INTEGER) AS annee,
                    CAST(? AS DATE) AS date_reference,
                    CAST(? AS SMALLINT) AS millesime_rpls,
                    (SELECT max(annee_enquete) FROM main.ops_occupation WHERE annee_enquete <= ?) AS annee_ops,
                    EXISTS (SELECT 1 FROM main.rpls_logement_effectif WHERE millesime = ? AND mode IS NOT NULL
                            AND depcom IN (SELECT code_insee FROM param_territoire)) AS rpls_loi,
                    CAST(? AS VARCHAR) AS version_methode,
                    CAST(? AS INTEGER) AS seuil_secret,
                    string_split(?, '|') AS unites_secret,
                    CAST(? AS VARCHAR) AS epci_siren,
                    CAST(? AS INTEGER) AS fenetre_mois,
                    CAST(? AS VARCHAR) AS zone_apl,
                    CAST(? AS DECIMAL(9,2)) AS forfait_charges,
                    CAST(? AS DECIMAL(9,4)) AS accessible_min,
                    CAST(? AS DECIMAL(9,4)) AS partiel_min,
                    CAST(? AS DECIMAL(9,4)) AS fragile_min,
                    CAST(? AS DECIMAL(9,4)) AS surveiller_min,
                    CAST(? AS DECIMAL(9,4)) AS variation_sensibilite,
                    CAST(? AS DECIMAL(9,4)) AS part_minimale_regle_25""")) {
            int i = 0;
            ps.setString(++i, period.toString());
            ps.setString(++i, period.minusMonths(window - 1L).toString());
            ps.setInt(++i, period.getYear());
            ps.setString(++i, period.atDay(1).toString());
            ps.setInt(++i, millesime);
            ps.setInt(++i, period.getYear());
            ps.setInt(++i, millesime);
            ps.setString(++i, parameters.version());
            ps.setInt(++i, parameters.secrecyThreshold());
            ps.setString(++i, String.join("|", parameters.secret().unitesSoumises()));
            ps.setString(++i, parameters.territoire().epci());
            ps.setInt(++i, window);
            ps.setString(++i, parameters.accessibilite().zoneApl());
            ps.setBigDecimal(++i, parameters.accessibilite().forfaitCharges());
            ps.setBigDecimal(++i, parameters.accessibilite().classes().accessibleMin());
            ps.setBigDecimal(++i, parameters.accessibilite().classes().partielMin());
            ps.setBigDecimal(++i, parameters.fragilite().classes().fragileMin());
            ps.setBigDecimal(++i, parameters.fragilite().classes().surveillerMin());
            ps.setBigDecimal(++i, parameters.fragilite().variationSensibilite());
            ps.setBigDecimal(++i, parameters.regle25().partMinimale());
            ps.execute();
        }
    }

    private static Integer scalar(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            Object value = rs.getObject(1);
            return value == null ? null : ((Number) value).intValue();
        }
    }
}
