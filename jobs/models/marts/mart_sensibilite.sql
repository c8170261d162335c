-- mart_sensibilite : sensibilité de la classe de fragilité aux poids : pour chaque composante, nombre d'unités de
-- publication qui changent de classe quand son poids varie de − et + variation_sensibilite (20 % par défaut), les
-- autres poids restant fixes. Seules comptent les unités dont la classe est publiée (mart_unite_occupation) ; le
-- résultat est un nombre d'unités sur tout le territoire, pas un effectif de ménages, et ne dit rien d'une unité.
-- Entrées : int_unite_composante, int_unite_fragilite, mart_unite_occupation,
-- param_composante, param_execution.
WITH publiees AS (
    SELECT u.unite
    FROM mart_unite_occupation u
    WHERE u.classe_fragilite IS NOT NULL
),
variations AS (
    SELECT p.code AS composante_variee, p.libelle, v.sens * e.variation_sensibilite AS variation
    FROM param_composante p
    CROSS JOIN (VALUES (-1), (1)) AS v(sens)
    CROSS JOIN param_execution e
),
recalcul AS (
    SELECT v.composante_variee, v.libelle, v.variation, c.unite,
           sum(c.poids * CASE WHEN c.composante = v.composante_variee THEN 1 + v.variation ELSE 1 END * c.indice)
           / sum(c.poids * CASE WHEN c.composante = v.composante_variee THEN 1 + v.variation ELSE 1 END) AS composite
    FROM variations v
    JOIN int_unite_composante c ON c.indice IS NOT NULL
    WHERE c.unite IN (SELECT unite FROM publiees)
    GROUP BY ALL
)
SELECT
    r.composante_variee AS composante,
    r.libelle,
    r.variation,
    count(*) FILTER (WHERE CASE WHEN r.composite >= e.fragile_min THEN 'fragile'
                                 WHEN r.composite >= e.surveiller_min THEN 'à surveiller'
                                 ELSE 'équilibrée' END <> f.classe_fragilite) AS unites_changeant_de_classe,
    count(*) AS unites,
    e.version_methode
FROM recalcul r
JOIN int_unite_fragilite f USING (unite)
CROSS JOIN param_execution e
GROUP BY ALL
ORDER BY r.composante_variee, r.variation
