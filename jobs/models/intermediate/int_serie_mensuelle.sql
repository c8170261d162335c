-- int_serie_mensuelle : séries mensuelles des indicateurs des partenaires sur 24 mois, avec la règle stock / flux :
-- un flux se cumule sur 12 mois glissants ; un stock ne s'additionne jamais : on publie sa moyenne sur
-- 12 mois glissants et sa dernière valeur.
-- Entrées : stg_partenaire.
SELECT
    indicateur,
    territoire,
    territoire_type,
    mois,
    annee,
    mois_numero,
    valeur,
    unite,
    nature,
    agregation_annuelle,
    soumis_secret,
    CASE WHEN nature = 'flux' THEN sum(valeur) OVER glissant END AS cumul_12_mois,
    CASE WHEN nature = 'stock' THEN avg(valeur) OVER glissant END AS moyenne_12_mois,
    count(*) OVER glissant AS mois_renseignes_12
FROM stg_partenaire
WHERE periodicite = 'mensuelle'
WINDOW glissant AS (PARTITION BY indicateur, territoire ORDER BY annee * 12 + mois_numero
                    RANGE BETWEEN 11 PRECEDING AND CURRENT ROW)
