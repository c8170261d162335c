-- mart_regle_25 : la règle des 25 % (CCH L.441-1) par année : attributions hors QPV au premier quartile,
-- toutes les attributions hors QPV, ratio et atteinte de l'objectif de 25 %. Masqué si un terme est secret.
-- Entrées : int_regle_25, secret_cellule, param_execution.
SELECT
    r.territoire,
    r.annee,
    CASE WHEN kq.raison IS NULL AND kt.raison IS NULL THEN r.attributions_q1 END AS attributions_q1,
    CASE WHEN kq.raison IS NULL AND kt.raison IS NULL THEN r.attributions_total END AS attributions_total,
    CASE WHEN kq.raison IS NULL AND kt.raison IS NULL THEN r.ratio END AS ratio,
    r.objectif,
    CASE WHEN kq.raison IS NULL AND kt.raison IS NULL THEN r.atteint END AS atteint,
    coalesce(kq.raison, kt.raison) AS secret,
    e.version_methode
FROM int_regle_25 r
LEFT JOIN secret_cellule kq ON kq.cellule_id = 'an:attributions_hors_qpv_q1:' || r.territoire || ':' || r.annee
LEFT JOIN secret_cellule kt ON kt.cellule_id = 'an:attributions_hors_qpv_total:' || r.territoire || ':' || r.annee
CROSS JOIN param_execution e
ORDER BY r.territoire, r.annee
