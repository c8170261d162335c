-- mart_residence : la fiche de chaque résidence, publiée : localisation, parc (RPLS), accessibilité, classe de
-- fragilité et croisement. La classe de fragilité et le croisement reposent sur les ménages enquêtés : ils sont
-- masqués (NULL, avec la raison) quand la résidence compte moins de ménages répondants que le seuil du secret.
-- Entrées : int_residence_stock, int_residence_accessibilite, int_residence_fragilite, int_residence_croisement,
-- stg_ops_residence, secret_cellule, param_execution.
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
    a.part_accessible,
    a.loyer_m2,
    a.loyer_m2_median_epci,
    a.loyer_m2_indice,
    a.classe_accessibilite,
    CASE WHEN kr.raison IS NULL THEN o.repondants END AS menages_repondants,
    kr.raison AS secret_menages_repondants,
    CASE WHEN k.raison IS NULL THEN f.indice_composite END AS indice_composite,
    CASE WHEN k.raison IS NULL THEN f.classe_fragilite END AS classe_fragilite,
    CASE WHEN k.raison IS NULL THEN f.composante_principale END AS composante_principale,
    k.raison AS secret_fragilite,
    CASE WHEN f.classe_fragilite IS NULL THEN x.croisement
         WHEN k.raison IS NOT NULL THEN 'occupation couverte par le secret statistique'
         ELSE x.croisement END AS croisement,
    e.version_methode,
    e.millesime_rpls,
    e.annee_ops
FROM int_residence_stock s
JOIN int_residence_accessibilite a USING (residence_id)
JOIN int_residence_croisement x USING (residence_id)
LEFT JOIN int_residence_fragilite f USING (residence_id)
LEFT JOIN stg_ops_residence o USING (residence_id)
LEFT JOIN secret_cellule k ON k.cellule_id = 'res:' || s.residence_id || ':classe_fragilite'
LEFT JOIN secret_cellule kr ON kr.cellule_id = 'res:' || s.residence_id || ':menages_repondants'
CROSS JOIN param_execution e
ORDER BY s.depcom, s.residence_id
