-- mart_residence : la fiche de chaque résidence, publiée : localisation, parc (RPLS), accessibilité, occupation et
-- croisement. L'occupation (ménages répondants, indice, classe de fragilité) est celle de son unité de publication
-- (mart_unite_occupation) : la résidence elle-même, ou son groupe de petites résidences voisines
-- (occupation_de_groupe). Ce que le secret statistique masque vaut NULL, marqué « s ».
-- Entrées : int_residence_stock, int_residence_accessibilite, int_residence_croisement, mart_unite_occupation,
-- param_execution.
SELECT
    s.residence_id,
    s.depcom,
    s.libcom,
    s.adresse,
    s.programme,
    s.qpv_code,
    s.en_qpv,
    s.lon,
    s.lat,
    s.logements,
    s.t1, s.t2, s.t3, s.t4, s.t5_plus,
    s.surface_moyenne,
    s.annee_construction,
    s.periode_construction,
    s.plai, s.plus, s.pls, s.pli, s.finan_autre, s.avant_1977,
    s.dpe_a_c, s.dpe_d, s.dpe_e_g, s.dpe_inconnu, s.passoires, s.dpe_connus,
    s.pmr,
    s.individuels,
    a.methode AS methode_accessibilite,
    a.loyers_connus,
    round(a.part_accessible, 3) AS part_accessible,
    round(a.loyer_m2, 2) AS loyer_m2,
    round(a.loyer_m2_median_epci, 2) AS loyer_m2_median_epci,
    round(a.loyer_m2_indice, 2) AS loyer_m2_indice,
    a.classe_accessibilite,
    u.unite AS unite_occupation,
    coalesce(u.occupation_de_groupe, false) AS occupation_de_groupe,
    u.residences AS residences_unite,
    u.menages_repondants,
    u.indice_composite,
    u.classe_fragilite,
    u.composante_principale,
    CASE WHEN x.croisement <> 'occupation non renseignée' AND u.classe_fragilite IS NULL THEN 's' END AS secret_fragilite,
    CASE WHEN x.croisement = 'occupation non renseignée' THEN x.croisement
         WHEN u.classe_fragilite IS NULL THEN 'occupation couverte par le secret statistique'
         ELSE x.croisement END AS croisement,
    e.version_methode,
    e.millesime_rpls,
    e.annee_ops
FROM int_residence_stock s
JOIN int_residence_accessibilite a USING (residence_id)
JOIN int_residence_croisement x USING (residence_id)
LEFT JOIN mart_unite_occupation u ON u.unite = x.unite
CROSS JOIN param_execution e
ORDER BY s.depcom, s.residence_id
