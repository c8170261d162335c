-- mart_metadonnees : ce sur quoi reposent les indicateurs publiés : période, version de la méthode, millésime
-- RPLS et année OPS retenus, seuil du secret statistique, version de la table des loyers plafonds, et la publication
-- de référence des comparaisons (mart_comparaison_territoire), vide quand il n'y en a pas.
-- Entrées : param_execution, param_publication_reference.
SELECT
    periode,
    version_methode,
    millesime_rpls,
    annee_ops,
    rpls_loi,
    seuil_secret,
    zone_apl,
    date_reference,
    (SELECT periode FROM param_publication_reference) AS periode_reference,
    (SELECT millesime_rpls FROM param_publication_reference) AS millesime_rpls_reference,
    (SELECT annee_ops FROM param_publication_reference) AS annee_ops_reference,
    (SELECT version_methode FROM param_publication_reference) AS version_methode_reference
FROM param_execution
