-- int_residence_fragilite : indice composite de fragilité de l'occupation et classe de chaque résidence.
-- Entrées : int_residence_composante, stg_ops_residence, param_execution.
-- Formule : composite = Σ (poids × indice) ÷ Σ poids, sur les composantes disponibles ; calculé seulement
-- pour les résidences enquêtées par l'OPS. Classe : composite ≥ fragile_min « fragile » ;
-- ≥ surveiller_min « à surveiller » ; sinon « équilibrée ». La composante principale est celle qui contribue
-- le plus à l'écart (poids × (indice − 1)).
WITH composite AS (
    SELECT
        residence_id,
        sum(poids * indice) / sum(poids) AS indice_composite,
        arg_max(composante, poids * (indice - 1)) AS composante_principale,
        count(*) AS composantes
    FROM int_residence_composante
    WHERE indice IS NOT NULL
      AND residence_id IN (SELECT residence_id FROM stg_ops_residence WHERE repondants > 0)
    GROUP BY residence_id
)
SELECT
    c.*,
    o.repondants,
    CASE WHEN c.indice_composite >= e.fragile_min THEN 'fragile'
         WHEN c.indice_composite >= e.surveiller_min THEN 'à surveiller'
         ELSE 'équilibrée' END AS classe_fragilite
FROM composite c
JOIN stg_ops_residence o USING (residence_id)
CROSS JOIN param_execution e
