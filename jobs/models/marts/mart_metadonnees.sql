-- mart_metadonnees : ce sur quoi reposent les indicateurs publiés : période, version de la méthode, millésime
-- RPLS et année OPS retenus, seuil du secret statistique, version de la table des loyers plafonds.
-- Entrées : param_execution.
SELECT
    periode,
    version_methode,
    millesime_rpls,
    annee_ops,
    rpls_loi,
    seuil_secret,
    zone_apl,
    date_reference
FROM param_execution
