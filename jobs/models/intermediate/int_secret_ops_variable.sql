-- int_secret_ops_variable : pour le secret statistique, chaque effectif de chaque unité de publication de
-- l'occupation de l'enquête retenue (y compris les unités non publiées, qui entrent dans les totaux), avec son
-- plafond connu de tous : les ménages répondants ne dépassent pas les logements de l'unité (RPLS, public). Pour les
-- enquêtes antérieures (évolution), chaque ligne de l'enquête est une unité, jamais publiée seule.
-- Entrées : int_ops_unite, int_secret_ops_dimension, stg_ops_evolution.
SELECT
    u.annee_ops AS annee,
    'ops:' || u.annee_ops || ':' || d.dimension AS dimension,
    u.unite,
    CAST(CASE d.dimension
        WHEN 'repondants' THEN u.repondants WHEN 'adultes' THEN u.adultes WHEN 'em_repondants' THEN u.em_repondants
        WHEN 'rev_moins_60' THEN u.rev_moins_60 WHEN 'rev_moins_20' THEN u.rev_moins_20
        WHEN 'menages_apl' THEN u.menages_apl WHEN 'familles_monoparentales' THEN u.familles_monoparentales
        WHEN 'familles_nombreuses' THEN u.familles_nombreuses WHEN 'adultes_sans_emploi' THEN u.adultes_sans_emploi
        WHEN 'em_rev_moins_20' THEN u.em_rev_moins_20 END AS BIGINT) AS valeur,
    CASE WHEN d.dimension = 'repondants' THEN CAST(u.logements AS BIGINT) END AS plafond
FROM int_ops_unite u
CROSS JOIN int_secret_ops_dimension d
UNION ALL
SELECT annee_enquete, 'ops:' || annee_enquete || ':repondants', ligne, repondants, NULL FROM stg_ops_evolution
UNION ALL
SELECT annee_enquete, 'ops:' || annee_enquete || ':rev_moins_20', ligne, rev_moins_20, NULL FROM stg_ops_evolution
