-- int_serie_mensuelle : séries mensuelles des indicateurs des partenaires sur la fenêtre publiée (24 mois par
-- défaut), avec la règle stock / flux : un flux se cumule sur 12 mois glissants ; un stock ne s'additionne jamais :
-- on publie sa moyenne sur 12 mois glissants et sa dernière valeur. Chaque chiffre porte la clé de secret de la
-- somme de mois sur laquelle il repose : le mois (forme_mois) et les 12 mois glissants (forme_glissant) ; une
-- moyenne se déduit de la somme et du nombre de mois. Les 12 mois avant la fenêtre ne servent qu'aux cumuls.
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
    base_secret,
    dans_fenetre,
    CASE WHEN nature = 'flux' THEN sum(valeur) OVER glissant END AS cumul_12_mois,
    CASE WHEN nature = 'stock' THEN avg(valeur) OVER glissant END AS moyenne_12_mois,
    sum(valeur) OVER glissant AS somme_12_mois,
    count(*) OVER glissant AS mois_renseignes_12,
    'serie:' || indicateur || ':' || territoire || ':mois:' || mois AS forme_mois,
    'serie:' || indicateur || ':' || territoire || ':glissant:' || mois AS forme_glissant,
    list(mois) OVER glissant AS mois_glissant
FROM stg_partenaire
WHERE periodicite = 'mensuelle'
WINDOW glissant AS (PARTITION BY indicateur, territoire ORDER BY annee * 12 + mois_numero
                    RANGE BETWEEN 11 PRECEDING AND CURRENT ROW)
