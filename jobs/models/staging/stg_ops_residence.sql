-- stg_ops_residence : réponses à l'enquête OPS de l'année retenue (la plus récente, au plus l'année de la
-- période), sommées par résidence du RPLS retenu, pour les communes du territoire. Chaque ligne de l'enquête est
-- rattachée au moment du calcul (un RPLS réimporté ne laisse donc aucun rattachement périmé) :
--   1. par l'identifiant de résidence qu'elle donne, s'il est celui d'une résidence du millésime retenu ;
--   2. sinon par cet identifiant suivi dans residence_correspondance (résidence dont l'identifiant a changé au
--      millésime retenu : la part de l'ancienne résidence la plus grande) ;
--   3. sinon par son adresse : clé de recherche égale à celle de l'une des adresses d'une seule résidence du
--      millésime retenu (residence_adresse, toutes les adresses et pas seulement la principale).
-- Les lignes non rattachées et les lignes communales n'entrent pas dans les indicateurs par résidence.
-- Entrées : ops_occupation, stg_residence, residence_adresse, residence_correspondance, param_territoire,
-- param_execution.
WITH correspondance AS (
    SELECT ancien_id, arg_max(nouveau_id, logements_anciens_communs) AS nouveau_id
    FROM residence_correspondance
    WHERE millesime = (SELECT millesime_rpls FROM param_execution)
      AND ancien_id IS NOT NULL
      AND nouveau_id IN (SELECT residence_id FROM stg_residence)
    GROUP BY ancien_id
),
adresse AS (
    SELECT depcom, adresse_recherche, min(residence_id) AS residence_id
    FROM residence_adresse
    WHERE millesime = (SELECT millesime_rpls FROM param_execution)
      AND residence_id IN (SELECT residence_id FROM stg_residence)
    GROUP BY depcom, adresse_recherche
    HAVING count(DISTINCT residence_id) = 1
),
rattachee AS (
    SELECT coalesce(r.residence_id, c.nouveau_id, a.residence_id) AS residence_id, o.*
        EXCLUDE (residence_id)
    FROM ops_occupation o
    LEFT JOIN stg_residence r ON r.residence_id = o.identifiant_residence
    LEFT JOIN correspondance c ON c.ancien_id = o.identifiant_residence
    LEFT JOIN adresse a ON a.depcom = o.depcom AND a.adresse_recherche = o.adresse_recherche
    WHERE o.annee_enquete = (SELECT annee_ops FROM param_execution)
      AND o.niveau <> 'commune'
      AND o.depcom IN (SELECT code_insee FROM param_territoire)
)
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
FROM rattachee
WHERE residence_id IS NOT NULL
GROUP BY residence_id, annee_enquete
