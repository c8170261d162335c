-- mart_territoire : indicateurs publiés par territoire (commune, QPV, hors QPV, métropole, département couvert),
-- après secret statistique : une valeur masquée est NULL avec sa raison (« primaire » : moins de ménages que le
-- seuil ; « secondaire » : masquée pour qu'aucune autre ne se retrouve par différence).
-- Entrées : int_territoire_indicateur, secret_cellule, ref_commune, ref_qpv, ref_epci, param_execution.
SELECT
    t.niveau,
    t.territoire,
    coalesce(c.nom, q.nom, p.nom) AS libelle,
    t.indicateur,
    t.source,
    CASE WHEN k.raison IS NULL THEN t.valeur END AS valeur,
    CASE WHEN k.raison IS NULL AND t.denominateur IS NOT NULL AND NOT t.soumis_secret THEN t.numerateur END AS numerateur,
    CASE WHEN k.raison IS NULL AND NOT t.soumis_secret THEN t.denominateur END AS denominateur,
    k.raison AS secret,
    e.version_methode,
    e.millesime_rpls,
    e.annee_ops
FROM int_territoire_indicateur t
LEFT JOIN secret_cellule k ON k.cellule_id = 'ter:' || t.niveau || ':' || t.territoire || ':' || t.indicateur
LEFT JOIN ref_commune c ON t.niveau = 'commune' AND c.code_insee = t.territoire
LEFT JOIN ref_qpv q ON t.niveau = 'qpv' AND q.code_qpv = t.territoire
LEFT JOIN ref_epci p ON t.niveau IN ('epci', 'hors_qpv') AND p.siren = t.territoire
CROSS JOIN param_execution e
ORDER BY t.niveau, t.territoire, t.indicateur
