-- stg_ops_residence : réponses à l'enquête OPS de l'année retenue (la plus récente, au plus l'année de la
-- période), sommées par résidence du RPLS, pour les communes du territoire. Les lignes non rattachées et les
-- lignes communales n'entrent pas dans les indicateurs par résidence.
-- Entrées : ops_occupation, param_territoire, param_execution.
SELECT
    residence_id,
    annee_enquete,
    sum(logements) AS logements,
    sum(menages_repondants) AS repondants,
    sum(rev_moins_20) AS rev_moins_20,
    sum(rev_moins_20 + rev_20_40 + rev_40_60) AS rev_moins_60,
    sum(menages_apl) AS menages_apl,
    sum(familles_monoparentales) AS familles_monoparentales,
    sum(familles_nombreuses) AS familles_nombreuses,
    sum(adultes) AS adultes,
    sum(coalesce(adultes_chomage, 0) + coalesce(adultes_inactifs, 0)) AS adultes_sans_emploi,
    sum(em_menages_repondants) AS em_repondants,
    sum(em_rev_moins_20) AS em_rev_moins_20
FROM ops_occupation
WHERE annee_enquete = (SELECT annee_ops FROM param_execution)
  AND residence_id IS NOT NULL
  AND depcom IN (SELECT code_insee FROM param_territoire)
GROUP BY residence_id, annee_enquete
