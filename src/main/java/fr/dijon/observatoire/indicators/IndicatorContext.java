package fr.dijon.observatoire.indicators;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Map;

/**
 * Writes {@code param_execution}, the one-row table every model reads: the period, the inputs it rests on (the
 * latest RPLS millésime and OPS survey year not after the period's year) and the scalar method parameters.
 */
public final class IndicatorContext {

    private IndicatorContext() {
    }

    public static void write(Connection c, YearMonth period, MethodParameters parameters) throws SQLException {
        Integer millesime = scalar(c, "SELECT max(millesime) FROM rpls_commune_variante WHERE millesime <= "
                + period.getYear() + " AND depcom IN (SELECT code_insee FROM param_territoire)");
        if (millesime == null) {
            throw new IllegalStateException("aucun fichier RPLS d'un millésime antérieur ou égal à " + period.getYear()
                    + " n'est importé : importez d'abord le RPLS (./observatoire import <fichier>).");
        }
        Map<String, Object> scalars = parameters.scalars();
        try (PreparedStatement ps = c.prepareStatement("""
                CREATE OR REPLACE TABLE param_execution AS SELECT
                    CAST(? AS VARCHAR) AS periode,
                    CAST(? AS VARCHAR) AS premier_mois,
                    CAST(? AS INTEGER) AS annee,
                    CAST(? AS DATE) AS date_reference,
                    CAST(? AS SMALLINT) AS millesime_rpls,
                    (SELECT max(annee_enquete) FROM ops_occupation WHERE annee_enquete <= ?) AS annee_ops,
                    EXISTS (SELECT 1 FROM rpls_logement_effectif WHERE millesime = ? AND mode IS NOT NULL
                            AND depcom IN (SELECT code_insee FROM param_territoire)) AS rpls_loi,
                    CAST(? AS VARCHAR) AS version_methode,
                    CAST(? AS INTEGER) AS seuil_secret,
                    string_split(?, '|') AS unites_secret,
                    CAST(? AS VARCHAR) AS zone_apl,
                    CAST(? AS DOUBLE) AS forfait_charges,
                    CAST(? AS DOUBLE) AS accessible_min,
                    CAST(? AS DOUBLE) AS partiel_min,
                    CAST(? AS DOUBLE) AS fragile_min,
                    CAST(? AS DOUBLE) AS surveiller_min,
                    CAST(? AS DOUBLE) AS variation_sensibilite""")) {
            int i = 0;
            ps.setString(++i, period.toString());
            ps.setString(++i, period.minusMonths(23).toString());
            ps.setInt(++i, period.getYear());
            ps.setString(++i, period.atDay(1).toString());
            ps.setInt(++i, millesime);
            ps.setInt(++i, period.getYear());
            ps.setInt(++i, millesime);
            ps.setString(++i, (String) scalars.get("version_methode"));
            ps.setInt(++i, (Integer) scalars.get("seuil_secret"));
            ps.setString(++i, String.join("|", parameters.secrecyUnits()));
            ps.setString(++i, (String) scalars.get("zone_apl"));
            for (String key : new String[] {"forfait_charges", "accessible_min", "partiel_min", "fragile_min",
                "surveiller_min", "variation_sensibilite"}) {
                ps.setDouble(++i, (Double) scalars.get(key));
            }
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
