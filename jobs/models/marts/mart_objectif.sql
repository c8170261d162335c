-- mart_objectif : avancement de chaque action qui a un objectif annuel : réalisé depuis janvier (flux) ou
-- dernière valeur (stock, taux), objectif annuel, objectif au prorata des mois écoulés et taux de réalisation.
-- Entrées : int_objectif, ref_indicateur, secret_cellule, param_execution.
SELECT
    o.indicateur,
    i.libelle,
    i.objectif_source,
    o.unite,
    o.nature,
    o.territoire,
    o.annee,
    o.mois_ecoules,
    o.mois_renseignes,
    o.objectif_annuel,
    o.objectif_prorata,
    CASE WHEN k.raison IS NULL THEN o.realise END AS realise,
    CASE WHEN k.raison IS NULL THEN o.taux_realisation END AS taux_realisation,
    CASE WHEN k.raison IS NULL THEN o.taux_realisation_prorata END AS taux_realisation_prorata,
    k.raison AS secret,
    e.version_methode
FROM int_objectif o
JOIN ref_indicateur i ON i.code = o.indicateur
LEFT JOIN secret_cellule k ON k.cellule_id = 'objectif:' || o.indicateur || ':' || o.territoire || ':' || o.annee
CROSS JOIN param_execution e
ORDER BY i.libelle
