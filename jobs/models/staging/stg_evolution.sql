-- stg_evolution : pour chaque millésime RPLS et chaque année OPS disponibles jusqu'à l'année de la période,
-- les effectifs par commune du territoire (logements sociaux du parc effectif ; ménages répondants et ménages
-- sous 20 % des plafonds PLUS), pour suivre l'évolution entre millésimes.
-- Entrées : rpls_logement_effectif, ops_occupation, param_territoire, param_execution.
SELECT 'RPLS' AS source, 'logements' AS indicateur, millesime AS annee, depcom,
       CAST(count(*) AS BIGINT) AS numerateur, CAST(NULL AS BIGINT) AS denominateur
FROM rpls_logement_effectif
WHERE millesime <= (SELECT annee FROM param_execution)
  AND depcom IN (SELECT code_insee FROM param_territoire)
GROUP BY millesime, depcom
UNION ALL
SELECT 'OPS', 'tres_bas_revenus', annee_enquete, depcom, CAST(sum(rev_moins_20) AS BIGINT),
       CAST(sum(menages_repondants) AS BIGINT)
FROM ops_occupation
WHERE annee_enquete <= (SELECT annee FROM param_execution) AND niveau <> 'commune'
  AND depcom IN (SELECT code_insee FROM param_territoire)
GROUP BY annee_enquete, depcom
