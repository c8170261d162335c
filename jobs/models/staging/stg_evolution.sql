-- stg_evolution : pour chaque millésime RPLS disponible jusqu'à l'année de la période, les logements sociaux du
-- parc effectif par commune du territoire, pour suivre l'évolution entre millésimes (l'évolution de l'occupation
-- vient de stg_ops_evolution et de int_territoire_indicateur).
-- Entrées : rpls_logement_effectif, param_territoire, param_execution.
SELECT 'RPLS' AS source, 'logements' AS indicateur, millesime AS annee, depcom,
       CAST(count(*) AS BIGINT) AS numerateur, CAST(NULL AS BIGINT) AS denominateur
FROM rpls_logement_effectif
WHERE millesime <= (SELECT annee FROM param_execution)
  AND depcom IN (SELECT code_insee FROM param_territoire)
GROUP BY millesime, depcom
