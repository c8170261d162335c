-- mart_regle_25 : la règle des 25 % (CCH L.441-1) par année : attributions hors QPV au premier quartile, toutes les
-- attributions hors QPV, part au premier quartile (la seule source de ce chiffre pour toutes les pages) et atteinte
-- de l'objectif. Masqué (« s ») si l'un des deux comptes l'est.
-- Entrées : int_regle_25, secret_forme, param_execution.
SELECT
    r.territoire,
    r.annee,
    CASE WHEN kq.publiee AND kt.publiee THEN r.attributions_q1 END AS attributions_q1,
    CASE WHEN kq.publiee AND kt.publiee THEN r.attributions_total END AS attributions_total,
    CASE WHEN kq.publiee AND kt.publiee THEN round(r.ratio, 3) END AS ratio,
    r.objectif,
    CASE WHEN kq.publiee AND kt.publiee THEN r.atteint END AS atteint,
    CASE WHEN NOT (coalesce(kq.publiee, false) AND coalesce(kt.publiee, false)) THEN 's' END AS secret,
    e.version_methode
FROM int_regle_25 r
LEFT JOIN secret_forme kq ON kq.forme = r.forme_q1
LEFT JOIN secret_forme kt ON kt.forme = r.forme_total
CROSS JOIN param_execution e
ORDER BY r.territoire, r.annee
