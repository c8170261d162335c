package fr.dijon.observatoire.indicators;

import fr.dijon.observatoire.format.FrenchNumbers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The observatory's territory: the EPCI set in {@code jobs/parametres.yml} ({@code territoire.epci}) and its
 * communes from the reference data ({@code ref_commune.epci_siren}), written as {@code param_territoire} for the
 * models. Refuses, in French, an EPCI without communes and a stock that holds no dwelling of the territory.
 */
public final class TerritoryTable {

    /** Where the territory is set. */
    public static final String SETTING = "territoire.epci";

    private TerritoryTable() {
    }

    /**
     * Writes {@code param_territoire} (code_insee, nom, departement, region, epci_siren, epci_nom), then checks that
     * the effective stock holds dwellings of the territory up to {@code year}.
     */
    public static void write(Connection c, String epci, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                CREATE OR REPLACE TABLE param_territoire AS
                SELECT c.code_insee, c.nom, c.departement, coalesce(c.region, d.region) AS region,
                       c.epci_siren, coalesce(e.nom, 'EPCI ' || c.epci_siren) AS epci_nom
                FROM ref_commune c
                LEFT JOIN ref_epci e ON e.siren = c.epci_siren
                LEFT JOIN ref_departement d ON d.code = c.departement
                WHERE c.epci_siren = ?
                ORDER BY c.code_insee""")) {
            ps.setString(1, epci);
            ps.execute();
        }
        long communes = count(c, "SELECT count(*) FROM param_territoire");
        if (communes == 0) {
            throw new IllegalStateException("l'EPCI " + epci + " réglé dans jobs/" + MethodParameters.FILE + " ("
                    + SETTING + ") n'a aucune commune dans les données de référence (" + communesFile(c)
                    + ", colonne epci_siren) : ajoutez-y ses communes, comme l'explique le README (« Un autre EPCI »), "
                    + "ou corrigez le SIREN.");
        }
        if (count(c, "SELECT count(*) FROM rpls_commune_variante WHERE millesime <= " + year
                + " AND depcom IN (SELECT code_insee FROM param_territoire)") == 0) {
            throw new IllegalStateException(refusal(c, year, communes));
        }
    }

    private static String refusal(Connection c, int year, long communes) throws SQLException {
        String territory = text(c, "SELECT min(epci_nom) || ' (EPCI ' || min(epci_siren) || ', ' FROM param_territoire")
                + FrenchNumbers.display(communes, 0) + " communes)";
        if (count(c, "SELECT count(*) FROM rpls_commune_variante WHERE millesime <= " + year) == 0) {
            return "aucun fichier RPLS d'un millésime antérieur ou égal à " + year + " n'est importé : importez "
                    + "d'abord le RPLS de " + territory + " (./observatoire import <fichier>).";
        }
        return "le parc RPLS chargé ne contient aucun logement du territoire de l'observatoire, " + territory
                + " : il compte " + loaded(c, year) + ". Importez le RPLS de ce territoire (fichier public de son "
                + "département, de sa région ou de la France, ou extrait « loi »), ou réglez " + SETTING
                + " dans jobs/" + MethodParameters.FILE + ".";
    }

    /** « 2 876 logements de 3 communes (Beaune, …) du département Côte-d'Or (21), millésime 2024 ». */
    private static String loaded(Connection c, int year) throws SQLException {
        String where = " FROM rpls_commune_variante WHERE millesime <= " + year;
        long dwellings = count(c, "SELECT coalesce(sum(logements), 0)" + where);
        long communes = count(c, "SELECT count(DISTINCT depcom)" + where);
        List<String> names = list(c, "SELECT coalesce(min(libcom), depcom)" + where
                + " GROUP BY depcom ORDER BY sum(logements) DESC, depcom LIMIT 4");
        List<String> departements = list(c, "SELECT coalesce(d.nom || ' (' || v.dep || ')', v.dep) FROM (SELECT "
                + "DISTINCT CASE WHEN depcom LIKE '97%' THEN left(depcom, 3) ELSE left(depcom, 2) END AS dep" + where
                + ") v LEFT JOIN ref_departement d ON d.code = v.dep ORDER BY v.dep");
        List<String> millesimes = list(c, "SELECT DISTINCT CAST(millesime AS VARCHAR)" + where + " ORDER BY 1");
        String communeList = String.join(", ", names) + (communes > names.size() ? "…" : "");
        String departementList = departements.size() <= 3 ? String.join(", ", departements)
                : FrenchNumbers.display(departements.size(), 0) + " départements";
        return FrenchNumbers.display(dwellings, 0) + " logements de " + FrenchNumbers.display(communes, 0)
                + (communes > 1 ? " communes" : " commune") + " (" + communeList + ") "
                + (departements.size() == 1 ? "du département " : "de ") + departementList
                + (millesimes.size() > 1 ? ", millésimes " : ", millésime ") + String.join(", ", millesimes);
    }

    private static String communesFile(Connection c) throws SQLException {
        String file = text(c, "SELECT min(fichier) FROM ref_source WHERE code = 'communes'");
        return "reference-data/" + (file == null ? "dm_communes.csv" : file);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static List<String> list(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
