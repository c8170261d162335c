-- mart_residence_composante : pour chaque résidence, chaque composante de fragilité publiée : part de la
-- résidence, part de référence dans la métropole, indice et poids, pour expliquer la classe.
-- Une part est masquée (NULL, raison « primaire » ou « secondaire ») quand elle repose sur trop peu de ménages
-- ou qu'elle permettrait d'en retrouver une autre par différence.
-- Entrées : int_residence_composante, int_residence_stock, secret_cellule, ref_commune, param_execution.
SELECT
    c.residence_id,
    c.composante,
    c.libelle,
    c.poids,
    c.rang,
    c.source,
    CASE WHEN k.raison IS NULL THEN c.part END AS part,
    CASE WHEN r.raison IS NULL THEN c.part_reference END AS part_reference,
    CASE WHEN k.raison IS NULL THEN c.indice END AS indice,
    k.raison AS secret,
    e.version_methode,
    e.millesime_rpls,
    e.annee_ops
FROM int_residence_composante c
JOIN int_residence_stock s USING (residence_id)
LEFT JOIN secret_cellule k ON k.cellule_id = 'res:' || c.residence_id || ':' || c.composante
LEFT JOIN ref_commune rc ON rc.code_insee = s.depcom
LEFT JOIN secret_cellule r ON r.cellule_id = 'ter:epci:' || rc.epci_siren || ':' || c.composante
CROSS JOIN param_execution e
ORDER BY c.residence_id, c.rang
