-- int_serie_trimestrielle : les trimestres complets (trois mois transmis) des séries mensuelles : somme des mois
-- pour un flux, moyenne pour un stock. Ils sont publiés à la place des mois quand un mois devrait être masqué par le
-- secret statistique (voir secret_serie). Chaque trimestre porte sa clé de secret (forme_trimestre).
-- Entrées : int_serie_mensuelle.
SELECT
    indicateur,
    territoire,
    annee,
    (mois_numero - 1) // 3 + 1 AS trimestre,
    annee || '-T' || ((mois_numero - 1) // 3 + 1) AS periode_trimestre,
    any_value(unite) AS unite,
    any_value(nature) AS nature,
    bool_or(soumis_secret) AS soumis_secret,
    sum(valeur) AS somme,
    CASE WHEN any_value(nature) = 'flux' THEN sum(valeur) ELSE avg(valeur) END AS valeur,
    list(mois ORDER BY mois) AS mois_trimestre,
    'serie:' || indicateur || ':' || territoire || ':trimestre:' || annee || '-T' || ((mois_numero - 1) // 3 + 1)
        AS forme_trimestre
FROM int_serie_mensuelle
GROUP BY indicateur, territoire, annee, (mois_numero - 1) // 3 + 1
HAVING count(*) = 3 AND bool_and(dans_fenetre)
