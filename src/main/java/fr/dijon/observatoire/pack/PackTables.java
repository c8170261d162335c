package fr.dijon.observatoire.pack;

import java.util.ArrayList;
import java.util.List;

/** The tables of the CIL pack, read from the published marts only: secrecy is already applied there. */
final class PackTables {

    private static final String RPLS = "RPLS (SDES), traitement observatoire";
    private static final String OPS = "Enquête OPS (bailleurs sociaux), traitement observatoire";
    private static final String PARTNERS = "Comptages mensuels des partenaires, traitement observatoire";
    private static final String SECRET = "« s » si une valeur de la ligne est couverte par le secret statistique (elle "
            + "reposerait sur moins de ménages ou de personnes que le seuil, ou permettrait d'en retrouver une autre)";

    private PackTables() {
    }

    static List<PackTable> all(List<String> components) {
        return List.of(residences(components), territories("communes.csv", "Indicateurs par commune", "'commune'"),
                territories("qpv.csv", "Indicateurs par quartier prioritaire, hors QPV et pour la métropole",
                        "'qpv', 'hors_qpv', 'epci'"),
                comparisons(), units(), StockTables.addresses(), StockTables.widerStock(), series(), seriesYearBefore(),
                quarters(), years(), cumuls(), targets(), rule25());
    }

    private static PackTable residences(List<String> components) {
        List<PackColumn> columns = new ArrayList<>(List.of(
                c("residence_id", "Identifiant de résidence", "texte", "Clé stable dérivée du programme ou de l'adresse normalisée", RPLS),
                c("code_insee", "Code commune INSEE", "texte", "Code officiel géographique de la commune", RPLS),
                c("commune", "Commune", "texte", "Nom de la commune", RPLS),
                c("adresse", "Adresse", "texte", "Adresse principale de la résidence", RPLS),
                c("qpv", "Quartier prioritaire", "texte", "Code du QPV 2024 de la résidence, vide hors QPV", RPLS),
                c("logements", "Logements", "logements", "Nombre de logements sociaux de la résidence", RPLS),
                c("part_accessible", "Part de logements accessibles", "part (0 à 1)",
                        "Logements dont le loyer ne dépasse pas le loyer plafond APL du ménage cible ÷ logements au loyer connu, "
                                + "ou estimation par le financement", RPLS),
                c("methode_accessibilite", "Méthode d'accessibilité", "texte", "« loyers » (version loi) ou « estimation »", RPLS),
                c("classe_accessibilite", "Classe d'accessibilité", "texte", "accessible aux ménages les plus modestes / "
                        + "partiellement accessible / peu accessible", RPLS),
                c("indice_fragilite", "Indice composite de fragilité", "indice (1 = métropole)",
                        "Moyenne pondérée des composantes rapportées à la métropole", OPS),
                c("unite_occupation", "Unité de publication de l'occupation", "texte",
                        "La résidence elle-même, ou le groupe de petites résidences voisines dont elle reçoit les chiffres "
                                + "d'occupation (voir unites.csv)", OPS),
                c("occupation_de_groupe", "Occupation d'un groupe", "oui/non",
                        "oui : les chiffres d'occupation sont ceux du groupe, pas de la seule résidence", OPS),
                c("menages_repondants", "Ménages répondants", "ménages", "Ménages ayant répondu à l'enquête OPS "
                        + "(de l'unité), vide si secret", OPS),
                c("classe_fragilite", "Classe de fragilité", "texte", "fragile / à surveiller / équilibrée", OPS),
                c("composante_principale", "Composante principale", "texte",
                        "Composante qui contribue le plus à l'écart à la métropole", OPS),
                c("secret_fragilite", "Secret sur la fragilité", "texte", SECRET, OPS),
                c("croisement", "Croisement", "texte", "accessible et non fragile / accessible mais fragile / peu ou "
                        + "partiellement accessible / occupation non renseignée ou couverte par le secret", OPS)));
        columns.add(c("composantes_secretes", "Composantes couvertes par le secret", "texte",
                "Codes des composantes de fragilité masquées pour cette résidence (colonnes part_* vides)", OPS));
        StringBuilder pivot = new StringBuilder(", string_agg(CASE WHEN c.secret IS NOT NULL THEN c.composante END, ', ' "
                + "ORDER BY c.rang) AS composantes_secretes");
        for (String component : components) {
            columns.add(c("part_" + component, "Part : " + component.replace('_', ' '), "part (0 à 1)",
                    "Composante de fragilité « " + component + " » de la résidence (voir jobs/parametres.yml)", OPS));
            pivot.append(", max(CASE WHEN c.composante = '").append(component).append("' THEN c.part END) AS \"part_")
                    .append(component).append('"');
        }
        String query = "SELECT r.residence_id, r.depcom AS code_insee, r.libcom AS commune, r.adresse, r.qpv_code AS qpv, "
                + "r.logements, r.part_accessible, r.methode_accessibilite, r.classe_accessibilite, "
                + "r.indice_composite AS indice_fragilite, r.unite_occupation, "
                + "CASE WHEN r.occupation_de_groupe THEN 'oui' ELSE 'non' END AS occupation_de_groupe, "
                + "r.menages_repondants, r.classe_fragilite, r.composante_principale, " + secret("r.secret_fragilite")
                + " AS secret_fragilite, r.croisement" + pivot
                + " FROM mart_residence r LEFT JOIN mart_residence_composante c USING (residence_id) "
                + "GROUP BY ALL ORDER BY r.depcom, r.residence_id";
        return new PackTable("residences.csv", "Résidences : classes et composantes", columns, query);
    }

    private static PackTable territories(String file, String title, String levels) {
        return new PackTable(file, title, List.of(
                c("niveau", "Niveau", "texte", "commune, qpv, hors_qpv ou epci", RPLS),
                c("code", "Code du territoire", "texte", "Code INSEE, code QPV ou SIREN de l'EPCI", RPLS),
                c("territoire", "Territoire", "texte", "Nom du territoire", RPLS),
                c("indicateur", "Indicateur", "texte", "Code de l'indicateur (voir jobs/dictionnaire-indicateurs.csv)", RPLS),
                c("source", "Source", "texte", "RPLS ou OPS", RPLS),
                c("valeur", "Valeur", "part (0 à 1) ou effectif", "Valeur publiée, vide si secrète", RPLS + " ; " + OPS),
                c("secret", "Secret", "texte", SECRET, OPS),
                c("millesime_rpls", "Millésime RPLS", "année", "Millésime du RPLS utilisé", RPLS),
                c("annee_ops", "Année OPS", "année", "Année de l'enquête OPS utilisée", OPS)),
                "SELECT niveau, territoire AS code, libelle AS territoire, indicateur, source, valeur, " + secret("secret")
                        + " AS secret, millesime_rpls, annee_ops FROM mart_territoire WHERE niveau IN (" + levels + ") "
                        + "ORDER BY niveau, code, indicateur");
    }

    private static PackTable series() {
        return new PackTable("sans_abrisme_series.csv", "Séries mensuelles du sans-abrisme et du Logement d'abord", List.of(
                c("indicateur", "Indicateur", "texte", "Code du catalogue (jobs/catalogue-indicateurs.csv)", PARTNERS),
                c("libelle", "Libellé", "texte", "Libellé de l'indicateur", PARTNERS),
                c("nature", "Nature", "texte", "stock (jamais additionné) ou flux", PARTNERS),
                c("territoire", "Territoire", "texte", "Code du territoire", PARTNERS),
                c("mois", "Mois", "AAAA-MM", "Mois de la valeur", PARTNERS),
                c("valeur", "Valeur du mois", "selon l'indicateur", "Valeur publiée, vide si secrète", PARTNERS),
                c("cumul_12_mois", "Cumul sur 12 mois", "selon l'indicateur", "Flux : somme des 12 derniers mois", PARTNERS),
                c("moyenne_12_mois", "Moyenne sur 12 mois", "selon l'indicateur", "Stock : moyenne des 12 derniers mois", PARTNERS),
                c("grain", "Grain de publication", "texte", "mois, trimestre ou annee : le plus fin que le secret permet "
                        + "(au trimestre ou à l'année, voir sans_abrisme_trimestres.csv ou sans_abrisme_annees.csv)", PARTNERS),
                c("secret", "Secret", "texte", SECRET, PARTNERS)),
                "SELECT indicateur, libelle, nature, territoire, mois, valeur, cumul_12_mois, moyenne_12_mois, grain, "
                        + secret("coalesce(secret, secret_12_mois)") + " AS secret "
                        + "FROM mart_serie_mensuelle ORDER BY indicateur, territoire, mois");
    }

    private static PackTable comparisons() {
        String reference = "Publication de référence de l'observatoire";
        return new PackTable("comparaisons_territoires.csv", "Indicateurs par territoire comparés à la publication de "
                + "référence (autre millésime RPLS ou autre enquête OPS)", List.of(
                c("niveau", "Niveau", "texte", "commune, qpv, hors_qpv ou epci", RPLS),
                c("code", "Code du territoire", "texte", "Code INSEE, code QPV ou SIREN de l'EPCI", RPLS),
                c("territoire", "Territoire", "texte", "Nom du territoire", RPLS),
                c("indicateur", "Indicateur", "texte", "Code de l'indicateur (voir communes.csv)", RPLS),
                c("periode_reference", "Période de référence", "AAAA-MM", "Dernière publication antérieure dont le "
                        + "millésime RPLS ou l'enquête OPS diffère", reference),
                c("millesime_rpls_reference", "Millésime RPLS de la référence", "année", "Millésime RPLS de la "
                        + "publication de référence", reference),
                c("annee_ops_reference", "Enquête OPS de la référence", "année", "Année de l'enquête OPS de la "
                        + "publication de référence", reference),
                c("valeur", "Valeur", "part (0 à 1) ou effectif", "Valeur publiée de la période, vide si secrète",
                        RPLS + " ; " + OPS),
                c("valeur_reference", "Valeur de référence", "comme la valeur", "Valeur publiée par la publication de "
                        + "référence, vide si elle était secrète", reference),
                c("ecart", "Écart à la référence", "points de part ou effectif", "Valeur − valeur de référence, vide si "
                        + "l'une des deux est vide", RPLS + " ; " + OPS)),
                "SELECT niveau, territoire AS code, libelle AS territoire, indicateur, periode_reference, "
                        + "millesime_rpls_reference, annee_ops_reference, valeur, valeur_reference, ecart "
                        + "FROM mart_comparaison_territoire ORDER BY niveau, code, indicateur");
    }

    private static PackTable seriesYearBefore() {
        return new PackTable("sans_abrisme_un_an.csv", "Séries du sans-abrisme comparées au même mois de l'année "
                + "précédente", List.of(
                c("indicateur", "Indicateur", "texte", "Code du catalogue (jobs/catalogue-indicateurs.csv)", PARTNERS),
                c("libelle", "Libellé", "texte", "Libellé de l'indicateur", PARTNERS),
                c("territoire", "Territoire", "texte", "Code du territoire", PARTNERS),
                c("mois", "Mois", "AAAA-MM", "Mois de la valeur", PARTNERS),
                c("mois_un_an_avant", "Même mois de l'année précédente", "AAAA-MM", "Le mois comparé", PARTNERS),
                c("valeur", "Valeur du mois", "selon l'indicateur", "Valeur publiée, vide si secrète", PARTNERS),
                c("valeur_un_an_avant", "Valeur un an avant", "selon l'indicateur", "Valeur publiée un an avant, vide si "
                        + "secrète", PARTNERS),
                c("ecart", "Écart sur un an", "selon l'indicateur", "Valeur − valeur un an avant", PARTNERS),
                c("evolution_relative", "Évolution sur un an", "part", "Valeur ÷ valeur un an avant − 1 (comptages "
                        + "seulement)", PARTNERS),
                c("ecart_12_mois", "Écart sur un an des 12 mois glissants", "selon l'indicateur", "Cumul (flux) ou "
                        + "moyenne (stock) sur 12 mois − la même un an avant", PARTNERS)),
                "SELECT indicateur, libelle, territoire, mois, mois_un_an_avant, valeur, valeur_un_an_avant, ecart, "
                        + "evolution_relative, ecart_12_mois FROM mart_comparaison_serie "
                        + "ORDER BY indicateur, territoire, mois");
    }

    private static PackTable targets() {
        return new PackTable("objectifs.csv", "Avancement des actions par rapport à leur objectif", List.of(
                c("indicateur", "Indicateur", "texte", "Code du catalogue", PARTNERS),
                c("libelle", "Action", "texte", "Libellé de l'action", PARTNERS),
                c("annee", "Année", "année", "Année suivie", PARTNERS),
                c("realise_au", "Réalisé au", "AAAA-MM", "Mois auquel le réalisé est arrêté", PARTNERS),
                c("realise", "Réalisé", "selon l'indicateur", "Flux : cumul depuis janvier ; stock : dernière valeur", PARTNERS),
                c("objectif_annuel", "Objectif annuel", "selon l'indicateur", "Objectif fixé par la convention", PARTNERS),
                c("objectif_prorata", "Objectif au prorata", "selon l'indicateur", "Objectif annuel × mois écoulés ÷ 12", PARTNERS),
                c("taux_realisation", "Taux de réalisation", "part (0 à 1)", "Réalisé ÷ objectif annuel", PARTNERS),
                c("taux_realisation_prorata", "Taux de réalisation au prorata", "part (0 à 1)", "Réalisé ÷ objectif au prorata",
                        PARTNERS),
                c("secret", "Secret", "texte", SECRET, PARTNERS),
                c("source_objectif", "Source de l'objectif", "texte", "Document qui fixe l'objectif", PARTNERS)),
                "SELECT indicateur, libelle, annee, realise_au, realise, objectif_annuel, objectif_prorata, taux_realisation, "
                        + "taux_realisation_prorata, " + secret("secret") + " AS secret, objectif_source AS source_objectif "
                        + "FROM mart_objectif ORDER BY libelle");
    }

    private static PackTable rule25() {
        return new PackTable("regle_25.csv", "Règle des 25 % (CCH L.441-1)", List.of(
                c("annee", "Année", "année", "Année des attributions", PARTNERS),
                c("attributions_q1", "Attributions hors QPV au 1er quartile", "attributions",
                        "Attributions hors QPV aux demandeurs du premier quartile de ressources", PARTNERS),
                c("attributions_total", "Attributions hors QPV", "attributions", "Toutes les attributions hors QPV", PARTNERS),
                c("ratio", "Part au 1er quartile", "part (0 à 1)", "Attributions au 1er quartile ÷ attributions hors QPV",
                        PARTNERS),
                c("objectif_atteint", "Objectif de 25 % atteint", "oui/non", "Part ≥ 25 %", PARTNERS),
                c("secret", "Secret", "texte", SECRET, PARTNERS)),
                "SELECT annee, attributions_q1, attributions_total, ratio, CASE WHEN atteint THEN 'oui' WHEN NOT atteint "
                        + "THEN 'non' END AS objectif_atteint, " + secret("secret") + " AS secret FROM mart_regle_25 "
                        + "ORDER BY annee");
    }

    /** A masked value's cell: « s », and never why (that would tell a reader the count is small). */
    private static String secret(String mark) {
        return "CASE WHEN " + mark + " IS NOT NULL THEN 's' END";
    }

    private static PackTable units() {
        return new PackTable("unites.csv", "Unités de publication de l'occupation (résidences et groupes)", List.of(
                c("unite_occupation", "Unité", "texte", "Identifiant de la résidence, ou du groupe (G-…)", OPS),
                c("nature", "Nature", "texte", "résidence ou groupe de petites résidences voisines", OPS),
                c("code_insee", "Code commune INSEE", "texte", "Commune de l'unité", RPLS),
                c("qpv", "Quartier prioritaire", "texte", "QPV de l'unité, vide hors QPV", RPLS),
                c("residences", "Résidences", "résidences", "Nombre de résidences de l'unité", RPLS),
                c("residences_liste", "Liste des résidences", "texte", "Identifiants des résidences, séparés par des virgules", RPLS),
                c("logements", "Logements", "logements", "Logements sociaux des résidences de l'unité", RPLS),
                c("menages_repondants", "Ménages répondants", "ménages", "Ménages ayant répondu à l'enquête OPS", OPS),
                c("indice_fragilite", "Indice composite de fragilité", "indice (1 = métropole)",
                        "Moyenne pondérée des composantes, deux décimales ; vide si elle redonnerait une composante masquée", OPS),
                c("composante_principale", "Composante principale", "texte", "Composante qui contribue le plus à l'écart", OPS),
                c("classe_fragilite", "Classe de fragilité", "texte", "fragile / à surveiller / équilibrée", OPS),
                c("secret", "Secret", "texte", SECRET, OPS)),
                "SELECT unite AS unite_occupation, nature, depcom AS code_insee, qpv_code AS qpv, residences, residences_liste, "
                        + "logements, menages_repondants, indice_composite AS indice_fragilite, composante_principale, "
                        + "classe_fragilite, " + secret("coalesce(secret_fragilite, secret_indice)") + " AS secret "
                        + "FROM mart_unite_occupation ORDER BY depcom, unite");
    }

    private static PackTable quarters() {
        return new PackTable("sans_abrisme_trimestres.csv", "Séries du sans-abrisme par trimestre", List.of(
                c("indicateur", "Indicateur", "texte", "Code du catalogue", PARTNERS),
                c("libelle", "Libellé", "texte", "Libellé de l'indicateur", PARTNERS),
                c("nature", "Nature", "texte", "stock ou flux", PARTNERS),
                c("territoire", "Territoire", "texte", "Code du territoire", PARTNERS),
                c("trimestre", "Trimestre", "AAAA-Tn", "Trimestre complet", PARTNERS),
                c("valeur", "Valeur du trimestre", "selon l'indicateur", "Flux : somme des trois mois ; stock : moyenne", PARTNERS),
                c("grain", "Grain de publication", "texte", "mois, trimestre ou annee : le plus fin que le secret permet", PARTNERS),
                c("secret", "Secret", "texte", SECRET, PARTNERS)),
                "SELECT indicateur, libelle, nature, territoire, periode_trimestre AS trimestre, valeur, grain, "
                        + secret("secret") + " AS secret FROM mart_serie_trimestrielle ORDER BY indicateur, territoire, trimestre");
    }

    private static PackTable years() {
        return new PackTable("sans_abrisme_annees.csv", "Séries du sans-abrisme par année", List.of(
                c("indicateur", "Indicateur", "texte", "Code du catalogue", PARTNERS),
                c("libelle", "Libellé", "texte", "Libellé de l'indicateur", PARTNERS),
                c("agregation", "Agrégation", "texte", "somme, dernier ou moyenne des mois", PARTNERS),
                c("territoire", "Territoire", "texte", "Code du territoire", PARTNERS),
                c("annee", "Année", "année", "Année complète, ou année en cours", PARTNERS),
                c("annee_en_cours", "Année en cours", "oui/non", "oui : cumul depuis janvier jusqu'au mois de la période", PARTNERS),
                c("dernier_mois", "Dernier mois", "AAAA-MM", "Dernier mois renseigné de l'année", PARTNERS),
                c("valeur", "Valeur de l'année", "selon l'indicateur", "Valeur publiée, vide si secrète", PARTNERS),
                c("secret", "Secret", "texte", SECRET, PARTNERS)),
                "SELECT indicateur, libelle, agregation_annuelle AS agregation, territoire, annee, "
                        + "CASE WHEN annee_en_cours THEN 'oui' ELSE 'non' END AS annee_en_cours, dernier_mois, valeur, "
                        + secret("secret") + " AS secret FROM mart_serie_annuelle ORDER BY indicateur, territoire, annee");
    }

    private static PackTable cumuls() {
        return new PackTable("sans_abrisme_cumuls.csv", "Cumuls depuis janvier, comparés aux mêmes mois de l'année précédente",
                List.of(
                c("indicateur", "Indicateur", "texte", "Code du catalogue (flux)", PARTNERS),
                c("libelle", "Libellé", "texte", "Libellé de l'indicateur", PARTNERS),
                c("territoire", "Territoire", "texte", "Code du territoire", PARTNERS),
                c("annee", "Année", "année", "Année en cours", PARTNERS),
                c("arrete_au_mois", "Arrêté au mois", "mois (1 à 12)", "Dernier mois du cumul", PARTNERS),
                c("cumul", "Cumul depuis janvier", "selon l'indicateur", "Somme des mois de janvier au mois d'arrêté", PARTNERS),
                c("cumul_annee_precedente", "Mêmes mois de l'année précédente", "selon l'indicateur",
                        "Somme des mêmes mois de l'année précédente", PARTNERS),
                c("grain", "Grain de publication", "texte", "mois ou trimestre (cumul arrêté à la fin du dernier trimestre complet)", PARTNERS),
                c("secret", "Secret", "texte", SECRET, PARTNERS)),
                "SELECT indicateur, libelle, territoire, annee, arrete_au_mois, cumul, cumul_annee_precedente, grain, "
                        + secret("secret") + " AS secret FROM mart_serie_cumul ORDER BY indicateur, territoire");
    }

    static PackColumn c(String name, String label, String unit, String definition, String source) {
        return new PackColumn(name, label, unit, definition, source);
    }
}
