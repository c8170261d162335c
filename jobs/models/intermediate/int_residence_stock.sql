-- int_residence_stock : caractéristiques du parc de chaque résidence au millésime RPLS retenu.
-- Entrées : stg_residence, stg_logement.
-- Formules : typologies, surface moyenne, parts par groupe de financement, DPE (A–C, D, E–G, inconnu ;
-- passoires F–G parmi les logements au DPE connu), logements PMR, individuels ; pour la version loi :
-- vacance > 3 mois parmi les logements loués ou vacants, emménagements de l'année parmi les logements loués.
SELECT
    r.*,
    count(*) AS logements,
    count(*) FILTER (WHERE l.typologie = 'T1') AS t1,
    count(*) FILTER (WHERE l.typologie = 'T2') AS t2,
    count(*) FILTER (WHERE l.typologie = 'T3') AS t3,
    count(*) FILTER (WHERE l.typologie = 'T4') AS t4,
    count(*) FILTER (WHERE l.typologie = 'T5+') AS t5_plus,
    round(avg(l.surfhab), 1) AS surface_moyenne,
    min(l.construct) AS annee_construction,
    mode(l.periode_construction) AS periode_construction,
    count(*) FILTER (WHERE l.recent) AS recents,
    count(*) FILTER (WHERE l.finan_groupe = 'PLAI') AS plai,
    count(*) FILTER (WHERE l.finan_groupe = 'PLUS') AS plus,
    count(*) FILTER (WHERE l.finan_groupe = 'PLS') AS pls,
    count(*) FILTER (WHERE l.finan_groupe = 'PLI') AS pli,
    count(*) FILTER (WHERE l.finan_groupe = 'autre') AS finan_autre,
    count(*) FILTER (WHERE l.finan_avant_1977) AS avant_1977,
    count(*) FILTER (WHERE l.dpe_groupe = 'A-C') AS dpe_a_c,
    count(*) FILTER (WHERE l.dpe_groupe = 'D') AS dpe_d,
    count(*) FILTER (WHERE l.dpe_groupe = 'E-G') AS dpe_e_g,
    count(*) FILTER (WHERE l.dpe_groupe = 'inconnu') AS dpe_inconnu,
    count(*) FILTER (WHERE l.passoire) AS passoires,
    count(*) FILTER (WHERE l.dpe_connu) AS dpe_connus,
    count(*) FILTER (WHERE l.pmr) AS pmr,
    count(*) FILTER (WHERE l.typeconst = 'I') AS individuels,
    bool_or(l.loi_disponible) AS loi_disponible,
    count(*) FILTER (WHERE l.loue_ou_vacant) AS loues_ou_vacants,
    count(*) FILTER (WHERE l.vacant_3_mois) AS vacants_3_mois,
    count(*) FILTER (WHERE l.loue_depuis_annee) AS loues_depuis_annee,
    count(*) FILTER (WHERE l.emmenage_annee) AS emmenagements_annee
FROM stg_residence r
JOIN stg_logement l ON l.residence_id = r.residence_id
GROUP BY ALL
