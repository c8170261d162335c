package fr.dijon.observatoire.atlas.data;

import fr.dijon.observatoire.atlas.AtlasData;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The method parameters and inputs the published figures were computed with, read in this one place: today from
 * the {@code param_*} tables written by the same indicator run as the marts (never from {@code jobs/parametres.yml}
 * as it is now); when the publication table lands, from its {@code parametres} and {@code entrees}.
 */
public final class PublicationParameters {

    private PublicationParameters() {
    }

    public static AtlasData.Parameters read(Connection c) throws SQLException {
        AtlasData.Thresholds thresholds = Rows.one(c, "SELECT version_methode AS methodVersion, seuil_secret AS secrecyThreshold, "
                + "zone_apl AS aplZone, CAST(date_reference AS VARCHAR) AS referenceDate, forfait_charges AS charges, "
                + "accessible_min AS accessibleMin, partiel_min AS partialMin, fragile_min AS fragileMin, "
                + "surveiller_min AS watchMin, variation_sensibilite AS sensitivityVariation FROM param_execution",
                AtlasData.Thresholds.class, "les paramètres de la publication sont introuvables : relancez "
                        + "« ./observatoire indicateurs --periode AAAA-MM ».");
        List<AtlasData.Weight> weights = Rows.list(c, "SELECT code, libelle AS label, poids AS weight FROM param_composante "
                + "ORDER BY rang", AtlasData.Weight.class);
        List<AtlasData.TargetHousehold> households = Rows.list(c, "SELECT nbpiece AS rooms, menage AS household, "
                + "coalesce(personnes_a_charge, 0) AS dependants FROM param_typologie ORDER BY nbpiece",
                AtlasData.TargetHousehold.class);
        AtlasData.AplCeilings ceilings = Rows.one(c, "SELECT CAST(p.date_application AS VARCHAR) AS since, p.zone, "
                + "p.personne_seule AS single, p.couple, p.une_personne_a_charge AS oneDependant, "
                + "p.par_personne_supplementaire AS perExtraDependant FROM param_plafond_apl p, param_execution e "
                + "WHERE p.zone = e.zone_apl AND p.date_application <= e.date_reference "
                + "ORDER BY p.date_application DESC LIMIT 1", AtlasData.AplCeilings.class,
                "aucun loyer plafond APL ne s'applique à la date de la publication.");
        List<AtlasData.Source> sources = Rows.list(c, "SELECT libelle AS label, producteur AS producer, millesime AS vintage, "
                + "licence AS licence FROM ref_source ORDER BY code", AtlasData.Source.class);
        return new AtlasData.Parameters(thresholds, weights, households, ceilings, sources);
    }
}
