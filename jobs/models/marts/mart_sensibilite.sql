-- mart_sensibilite : sensibilité de la classe de fragilité aux poids : pour chaque composante, nombre de
-- résidences qui changent de classe quand son poids varie de − et + variation_sensibilite (20 % par défaut),
-- les autres poids restant fixes.
-- Entrées : int_residence_composante, int_residence_fragilite, param_composante, param_execution.
WITH variations AS (
    SELECT p.code AS composante_variee, p.libelle, v.sens * e.variation_sensibilite AS variation
    FROM param_composante p
    CROSS JOIN (VALUES (-1), (1)) AS v(sens)
    CROSS JOIN param_execution e
),
recalcul AS (
    SELECT v.composante_variee, v.libelle, v.variation, c.residence_id,
           sum(c.poids * CASE WHEN c.composante = v.composante_variee THEN 1 + v.variation ELSE 1 END * c.indice)
           / sum(c.poids * CASE WHEN c.composante = v.composante_variee THEN 1 + v.variation ELSE 1 END) AS composite
    FROM variations v
    JOIN int_residence_composante c ON c.indice IS NOT NULL
    WHERE c.residence_id IN (SELECT residence_id FROM int_residence_fragilite)
    GROUP BY ALL
)
SELECT
    r.composante_variee AS composante,
    r.libelle,
    r.variation,
    count(*) FILTER (WHERE CASE WHEN r.composite >= e.fragile_min THEN 'fragile'
                                 WHEN r.composite >= e.surveiller_min THEN 'à surveiller'
                                 ELSE 'équilibrée' END <> f.classe_fragilite) AS residences_changeant_de_classe,
    count(*) AS residences,
    e.version_methode
FROM recalcul r
JOIN int_residence_fragilite f USING (residence_id)
CROSS JOIN param_execution e
GROUP BY ALL
ORDER BY r.composante_variee, r.variation
