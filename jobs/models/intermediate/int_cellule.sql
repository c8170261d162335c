-- int_cellule : toutes les cases publiables qui reposent sur des ménages ou des personnes, avant secret
-- statistique, avec l'effectif sur lequel elles reposent (numérateur et dénominateur). Table interne : elle
-- n'est jamais publiée ; le module de secret (Java) la lit pour écrire secret_cellule.
-- Entrées : stg_ops_residence, int_residence_stock, int_residence_composante, int_territoire_indicateur,
-- int_serie_mensuelle, int_serie_annuelle, int_objectif, int_territoire_evolution.
-- Identifiants : res:<résidence>:<indicateur>, ter:<niveau>:<territoire>:<indicateur>,
-- mois:<indicateur>:<territoire>:<AAAA-MM>, glissant:<indicateur>:<territoire>:<AAAA-MM>,
-- an:<indicateur>:<territoire>:<AAAA>, objectif:<indicateur>:<territoire>:<AAAA>.
SELECT 'res:' || residence_id || ':menages_repondants' AS cellule_id, CAST(repondants AS BIGINT) AS numerateur,
       CAST(NULL AS BIGINT) AS denominateur, true AS soumis_secret
FROM stg_ops_residence WHERE residence_id IN (SELECT residence_id FROM int_residence_stock)
UNION ALL
SELECT 'res:' || residence_id || ':classe_fragilite', NULL, CAST(repondants AS BIGINT), true
FROM stg_ops_residence WHERE residence_id IN (SELECT residence_id FROM int_residence_stock)
UNION ALL
SELECT 'res:' || residence_id || ':' || composante, CAST(numerateur AS BIGINT), CAST(denominateur AS BIGINT),
       source = 'OPS'
FROM int_residence_composante
UNION ALL
SELECT 'ter:' || niveau || ':' || territoire || ':' || indicateur, numerateur, denominateur, soumis_secret
FROM int_territoire_indicateur
UNION ALL
SELECT 'mois:' || indicateur || ':' || territoire || ':' || mois,
       CASE WHEN unite <> '%' AND unite <> 'jours' THEN CAST(round(valeur) AS BIGINT) END, NULL, soumis_secret
FROM int_serie_mensuelle
UNION ALL
SELECT 'glissant:' || indicateur || ':' || territoire || ':' || mois,
       CAST(round(coalesce(cumul_12_mois, moyenne_12_mois)) AS BIGINT), NULL, soumis_secret
FROM int_serie_mensuelle WHERE unite <> '%' AND unite <> 'jours'
UNION ALL
SELECT 'an:' || indicateur || ':' || territoire || ':' || annee,
       CASE WHEN unite <> '%' AND unite <> 'jours' THEN CAST(round(valeur) AS BIGINT) END, NULL, soumis_secret
FROM int_serie_annuelle
UNION ALL
SELECT 'objectif:' || indicateur || ':' || territoire || ':' || annee,
       CASE WHEN unite <> '%' AND unite <> 'jours' THEN CAST(round(realise) AS BIGINT) END, NULL, soumis_secret
FROM int_objectif
UNION ALL
SELECT 'evo:' || niveau || ':' || territoire || ':' || indicateur || ':' || annee, numerateur, denominateur, soumis_secret
FROM int_territoire_evolution
