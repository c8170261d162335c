-- mart_serie_annuelle : valeur annuelle publiée de chaque indicateur des partenaires : somme des mois pour un flux,
-- dernière valeur ou moyenne pour un stock (selon le catalogue), valeur unique pour un indicateur annuel ; années
-- complètes et année en cours (cumul depuis janvier jusqu'au mois de la période, annee_en_cours). Pour un
-- indicateur soumis au secret, la valeur n'est publiée que si le secret le laisse (secret_forme).
-- Entrées : int_serie_annuelle, ref_indicateur, secret_forme, secret_serie, param_execution.
SELECT
    a.indicateur,
    i.libelle,
    a.unite,
    a.nature,
    a.agregation_annuelle,
    a.territoire,
    a.annee,
    a.annee_en_cours,
    a.dernier_mois,
    a.mois_renseignes,
    CASE WHEN NOT a.soumis_secret OR coalesce(k.publiee, false) THEN a.valeur END AS valeur,
    CASE WHEN a.soumis_secret AND NOT coalesce(k.publiee, false) THEN 's' END AS secret,
    coalesce(g.grain, 'mois') AS grain,
    e.version_methode
FROM int_serie_annuelle a
JOIN ref_indicateur i ON i.code = a.indicateur
LEFT JOIN secret_forme k ON k.forme = a.forme_annee
LEFT JOIN secret_serie g ON g.serie = a.indicateur || ':' || a.territoire
CROSS JOIN param_execution e
WHERE i.secret NOT LIKE 'base:%'
ORDER BY a.indicateur, a.territoire, a.annee
