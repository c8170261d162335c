-- mart_residence_composante : pour chaque résidence, chaque composante de fragilité de son unité de publication
-- (la résidence ou son groupe) : part de l'unité (en pourcentage entier, 0,01 près), part de référence dans la
-- métropole, indice (deux décimales) et poids, pour expliquer la classe. Une part dont l'un des deux effectifs est
-- masqué par le secret statistique vaut NULL, marquée « s » : la classe en tient compte quand même.
-- Entrées : int_unite_composante, int_residence_croisement, secret_forme, param_execution.
SELECT
    x.residence_id,
    c.unite AS unite_occupation,
    c.composante,
    c.libelle,
    c.poids,
    c.rang,
    c.source,
    CASE WHEN c.source = 'RPLS' OR (n.publiee AND d.publiee) THEN round(c.part, 2) END AS part,
    CASE WHEN c.source = 'RPLS' OR (rn.publiee AND rd.publiee) THEN round(c.part_reference, 2) END AS part_reference,
    CASE WHEN c.source = 'RPLS' OR (n.publiee AND d.publiee) THEN round(c.indice, 2) END AS indice,
    CASE WHEN c.source = 'OPS' AND NOT (coalesce(n.publiee, false) AND coalesce(d.publiee, false)) THEN 's' END AS secret,
    e.version_methode,
    e.millesime_rpls,
    e.annee_ops
FROM int_unite_composante c
JOIN int_residence_croisement x ON x.unite = c.unite
JOIN mart_unite_occupation u ON u.unite = c.unite
LEFT JOIN secret_forme n ON n.forme = c.forme_numerateur
LEFT JOIN secret_forme d ON d.forme = c.forme_denominateur
LEFT JOIN secret_forme rn ON rn.forme = c.forme_reference_numerateur
LEFT JOIN secret_forme rd ON rd.forme = c.forme_reference_denominateur
CROSS JOIN param_execution e
ORDER BY x.residence_id, c.rang
