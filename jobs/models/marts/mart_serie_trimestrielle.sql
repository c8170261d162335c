-- mart_serie_trimestrielle : les trimestres complets des séries mensuelles : somme des mois pour un flux, moyenne
-- pour un stock. Pour une série soumise au secret, un trimestre n'est publié que si le secret le laisse publier ;
-- c'est le grain de publication d'une série dont un mois devrait être masqué (grain « trimestre »).
-- Entrées : int_serie_trimestrielle, ref_indicateur, secret_forme, secret_serie, param_execution.
SELECT
    t.indicateur,
    i.libelle,
    t.unite,
    t.nature,
    t.territoire,
    t.annee,
    t.trimestre,
    t.periode_trimestre,
    CASE WHEN NOT t.soumis_secret OR coalesce(k.publiee, false) THEN t.valeur END AS valeur,
    CASE WHEN t.soumis_secret AND NOT coalesce(k.publiee, false) THEN 's' END AS secret,
    coalesce(g.grain, 'mois') AS grain,
    e.version_methode
FROM int_serie_trimestrielle t
JOIN ref_indicateur i ON i.code = t.indicateur
LEFT JOIN secret_forme k ON k.forme = t.forme_trimestre
LEFT JOIN secret_serie g ON g.serie = t.indicateur || ':' || t.territoire
CROSS JOIN param_execution e
WHERE i.secret NOT LIKE 'base:%'
ORDER BY t.indicateur, t.territoire, t.annee, t.trimestre
