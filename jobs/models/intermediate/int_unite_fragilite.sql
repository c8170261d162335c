-- int_unite_fragilite : indice composite de fragilité de l'occupation et classe de chaque unité de publication
-- (résidence ou groupe de petites résidences ; les unités non publiées n'ont pas de classe).
-- Entrées : int_unite_composante, int_ops_unite, param_execution.
-- Formule : composite = Σ (poids × indice) ÷ Σ poids, sur les composantes disponibles (indice connu), masquées par
-- le secret ou non : la classe tient compte de toutes. Classe : composite ≥ fragile_min « fragile » ;
-- ≥ surveiller_min « à surveiller » ; sinon « équilibrée ». La composante principale est celle qui contribue le
-- plus à l'écart (poids × (indice − 1)).
WITH composite AS (
    SELECT
        unite,
        sum(poids * indice) / sum(poids) AS indice_composite,
        arg_max(composante, poids * (indice - 1)) AS composante_principale,
        count(*) AS composantes
    FROM int_unite_composante
    WHERE indice IS NOT NULL
    GROUP BY unite
)
SELECT
    c.*,
    u.repondants,
    CASE WHEN c.indice_composite >= e.fragile_min THEN 'fragile'
         WHEN c.indice_composite >= e.surveiller_min THEN 'à surveiller'
         ELSE 'équilibrée' END AS classe_fragilite
FROM composite c
JOIN int_ops_unite u USING (unite)
CROSS JOIN param_execution e
WHERE u.nature <> 'non publiée' AND u.repondants > 0
