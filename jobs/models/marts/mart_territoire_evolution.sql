-- mart_territoire_evolution : évolution publiée entre millésimes (logements sociaux du RPLS ; part des
-- ménages sous 20 % des plafonds PLUS de l'OPS), avec l'écart à l'année précédente disponible. Une part OPS est
-- masquée si elle ou la part précédente reposent sur trop peu de ménages.
-- Entrées : int_territoire_evolution, secret_cellule, param_execution.
SELECT
    e.niveau,
    e.territoire,
    e.indicateur,
    e.source,
    e.annee,
    CASE WHEN k.raison IS NULL THEN e.valeur END AS valeur,
    e.annee_precedente,
    CASE WHEN k.raison IS NULL AND kp.raison IS NULL THEN e.valeur - e.valeur_precedente END AS evolution,
    coalesce(k.raison, kp.raison) AS secret,
    p.version_methode
FROM int_territoire_evolution e
LEFT JOIN secret_cellule k ON k.cellule_id = 'evo:' || e.niveau || ':' || e.territoire || ':' || e.indicateur || ':' || e.annee
LEFT JOIN secret_cellule kp ON kp.cellule_id = 'evo:' || e.niveau || ':' || e.territoire || ':' || e.indicateur || ':'
                                               || e.annee_precedente
CROSS JOIN param_execution p
ORDER BY e.indicateur, e.niveau, e.territoire, e.annee
