-- stg_ops_evolution : pour suivre l'évolution de l'occupation entre enquêtes, les lignes des enquêtes OPS
-- antérieures à celle que retient la période (au plus l'année de la période), rattachées à une résidence au moment
-- de leur import, dans les communes du territoire : ménages répondants et ménages sous 20 % des plafonds PLUS. Les
-- lignes communales n'y entrent pas. L'enquête retenue, elle, est lue par unité de publication (int_ops_unite).
-- Entrées : ops_occupation, param_territoire, param_execution.
SELECT
    annee_enquete,
    'L-' || left(import_sha256, 8) || '-' || ligne_source AS ligne,
    depcom,
    CAST(menages_repondants AS BIGINT) AS repondants,
    CAST(rev_moins_20 AS BIGINT) AS rev_moins_20
FROM ops_occupation
WHERE annee_enquete < (SELECT annee_ops FROM param_execution)
  AND niveau <> 'commune'
  AND residence_id IS NOT NULL
  AND depcom IN (SELECT code_insee FROM param_territoire)
  AND coalesce(menages_repondants, 0) > 0
