package fr.dijon.observatoire.atlas.data;

import fr.dijon.observatoire.atlas.AtlasData;
import fr.dijon.observatoire.publication.NoPublicationException;
import fr.dijon.observatoire.publication.PublishedMarts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every query the atlas runs, in one place, on one period's published marts only ({@code main.mart_*} through
 * {@link PublishedMarts}): secrecy cannot be bypassed by accident because the unsuppressed work tables are never
 * read here, and two periods can never mix. Columns are read by name, through {@link Rows}.
 */
public final class AtlasMarts {

    private final Connection c;
    private final PublishedMarts marts;

    public AtlasMarts(Connection c, String period) {
        this.c = c;
        this.marts = new PublishedMarts(c, period);
    }

    private <T> List<T> list(String sql, Class<T> type) throws SQLException {
        return Rows.list(c, marts.sql(sql), type);
    }

    /** What mart_metadonnees says the period's figures rest on. */
    public record MetadataRow(String period, String methodVersion, int rplsMillesime, Integer opsYear, boolean rplsLoi,
                              int secrecyThreshold) {
    }

    public MetadataRow metadata() throws SQLException {
        List<MetadataRow> rows = list("SELECT periode AS period, version_methode AS methodVersion, "
                + "millesime_rpls AS rplsMillesime, annee_ops AS opsYear, rpls_loi AS rplsLoi, "
                + "seuil_secret AS secrecyThreshold FROM mart_metadonnees", MetadataRow.class);
        if (rows.isEmpty()) {
            throw new NoPublicationException(marts.period());
        }
        return rows.get(0);
    }

    /** The territory's stock against its département, region and France; empty for a publication without it. */
    public List<AtlasData.WiderStock> widerStock() throws SQLException {
        if (!hasTable("mart_comparaison_parc")) {
            return List.of();
        }
        return list("SELECT niveau AS level, territoire AS code, libelle AS name, theme, indicateur AS indicator, "
                + "modalite AS modality, ordre AS rank, logements AS dwellings, base, valeur AS value, communes "
                + "FROM mart_comparaison_parc ORDER BY niveau, territoire, theme, indicateur, ordre, modalite",
                AtlasData.WiderStock.class);
    }

    public List<AtlasData.Residence> residences() throws SQLException {
        String group = hasColumn("mart_residence", "occupation_de_groupe")
                ? "occupation_de_groupe AS groupOccupation, unite_occupation AS occupationUnit"
                : "false AS groupOccupation, NULL AS occupationUnit";
        String addresses = hasColumn("mart_residence", "nb_adresses") ? "nb_adresses AS addressCount" : "1 AS addressCount";
        return list("SELECT residence_id AS id, depcom, libcom AS commune, adresse AS address, programme, "
                + "qpv_code AS qpvCode, en_qpv AS inQpv, lon, lat, logements AS dwellings, t1, t2, t3, t4, t5_plus AS t5, "
                + "surface_moyenne AS meanSurface, annee_construction AS builtYear, periode_construction AS buildPeriod, "
                + "plai, plus, pls, pli, finan_autre AS otherFinancing, dpe_a_c AS dpeAToC, dpe_d AS dpeD, "
                + "dpe_e_g AS dpeEToG, dpe_inconnu AS dpeUnknown, passoires, dpe_connus AS dpeKnown, pmr, "
                + "methode_accessibilite AS accessMethod, part_accessible AS accessShare, loyer_m2 AS rentPerM2, "
                + "loyer_m2_indice AS rentIndex, classe_accessibilite AS accessClass, menages_repondants AS respondents, "
                + "indice_composite AS composite, classe_fragilite AS fragilityClass, "
                + "composante_principale AS mainComponent, secret_fragilite AS fragilitySecret, croisement AS crossing, "
                + group + ", " + addresses + " FROM mart_residence" + " ORDER BY libcom, adresse, residence_id",
                AtlasData.Residence.class);
    }

    public Map<String, List<AtlasData.Component>> components() throws SQLException {
        Map<String, List<AtlasData.Component>> map = new LinkedHashMap<>();
        for (ResidenceComponent rc : list("SELECT residence_id AS residenceId, composante AS code, libelle AS label, "
                + "poids AS weight, source, part AS share, part_reference AS reference, indice AS \"index\", secret FROM "
                + "mart_residence_composante ORDER BY residence_id, rang", ResidenceComponent.class)) {
            map.computeIfAbsent(rc.residenceId(), k -> new ArrayList<>()).add(new AtlasData.Component(rc.code(), rc.label(),
                    rc.weight(), rc.source(), rc.share(), rc.reference(), rc.index(), rc.secret()));
        }
        return map;
    }

    /** One row of mart_residence_composante, before grouping by residence. */
    record ResidenceComponent(String residenceId, String code, String label, double weight, String source, Double share,
                              Double reference, Double index, String secret) {
    }

    public List<AtlasData.TerritoryValue> territories() throws SQLException {
        return list("SELECT niveau AS level, territoire AS code, libelle AS name, indicateur AS indicator, source, "
                + "valeur AS value, numerateur AS numerator, denominateur AS denominator, secret FROM "
                + "mart_territoire ORDER BY niveau, territoire, indicateur", AtlasData.TerritoryValue.class);
    }

    public List<AtlasData.Evolution> evolutions() throws SQLException {
        return list("SELECT niveau AS level, territoire AS code, indicateur AS indicator, source, annee AS year, "
                + "valeur AS value, annee_precedente AS previousYear, evolution AS change, secret FROM "
                + "mart_territoire_evolution ORDER BY indicateur, niveau, territoire, annee",
                AtlasData.Evolution.class);
    }

    public List<AtlasData.SeriesPoint> series() throws SQLException {
        return list("SELECT indicateur AS indicator, libelle AS label, unite AS unit, nature, territoire AS territory, "
                + "mois AS month, valeur AS value, secret, cumul_12_mois AS rolling12, moyenne_12_mois AS mean12, "
                + "secret_12_mois AS secret12 FROM mart_serie_mensuelle" + " ORDER BY indicateur, territoire, mois",
                AtlasData.SeriesPoint.class);
    }

    public List<AtlasData.AnnualValue> annualValues() throws SQLException {
        return list("SELECT indicateur AS indicator, libelle AS label, unite AS unit, nature, territoire AS territory, "
                + "annee AS year, mois_renseignes AS months, valeur AS value, secret FROM mart_serie_annuelle"
                + " ORDER BY indicateur, territoire, annee", AtlasData.AnnualValue.class);
    }

    public List<AtlasData.Target> targets() throws SQLException {
        return list("SELECT indicateur AS indicator, libelle AS label, unite AS unit, nature, annee AS year, "
                + "mois_ecoules AS months, objectif_annuel AS annualTarget, objectif_prorata AS proratedTarget, "
                + "realise AS achieved, taux_realisation AS rate, taux_realisation_prorata AS proratedRate, secret, "
                + "objectif_source AS targetSource FROM mart_objectif" + " ORDER BY libelle",
                AtlasData.Target.class);
    }

    public List<AtlasData.Rule25> rule25() throws SQLException {
        return list("SELECT annee AS year, attributions_q1 AS q1, attributions_total AS total, ratio, "
                + "objectif AS target, atteint AS reached, secret FROM mart_regle_25 ORDER BY annee",
                AtlasData.Rule25.class);
    }

    public List<AtlasData.Sensitivity> sensitivity() throws SQLException {
        return list("SELECT composante AS component, libelle AS label, variation, "
                + "unites_changeant_de_classe AS changed, unites AS residences FROM mart_sensibilite"
                + " ORDER BY composante, variation", AtlasData.Sensitivity.class);
    }

    /** The dwellings of each residence by typology and household (the finder); empty before the mart exists. */
    public List<AtlasData.TypologyRow> typologies() throws SQLException {
        if (!hasTable("mart_residence_typologie")) {
            return List.of();
        }
        return list("SELECT residence_id AS residenceId, typologie AS typology, typologie_rang AS rank, "
                + "logements AS dwellings, logements_pmr AS pmr, logements_loyer_connu AS rentKnown, menage AS household, "
                + "personnes_a_charge AS dependants, plafond_apl AS ceiling, logements_accessibles AS accessible, "
                + "logements_accessibles_pmr AS accessiblePmr, logements_accessibles_rdc AS accessibleGroundFloor, "
                + "logements_accessibles_pmr_rdc AS accessiblePmrGroundFloor FROM mart_residence_typologie"
                + " ORDER BY residence_id, typologie_rang, personnes_a_charge, menage", AtlasData.TypologyRow.class);
    }

    /** Every address of each residence (from the import stream's mart); empty before that mart exists. */
    public Map<String, List<AtlasData.Address>> addresses() throws SQLException {
        Map<String, List<AtlasData.Address>> map = new LinkedHashMap<>();
        if (!hasTable("mart_residence_adresse")) {
            return map;
        }
        String position = hasColumn("mart_residence_adresse", "lon") ? "lon, lat" : "NULL AS lon, NULL AS lat";
        for (AtlasData.Address a : list("SELECT residence_id AS residenceId, adresse AS label, "
                + "adresse_recherche AS searchKey, logements AS dwellings, " + position + " FROM "
                + "mart_residence_adresse ORDER BY residence_id, adresse", AtlasData.Address.class)) {
            map.computeIfAbsent(a.residenceId(), k -> new ArrayList<>()).add(a);
        }
        return map;
    }

    /** Whether a published mart exists (marts another stream adds are read once they land). */
    private boolean hasTable(String table) throws SQLException {
        return exists("SELECT 1 FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?", table);
    }

    private boolean hasColumn(String table, String column) throws SQLException {
        return exists("SELECT 1 FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ? "
                + "AND column_name = ?", table, column);
    }

    private boolean exists(String sql, String... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
