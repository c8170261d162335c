-- mart_serie_annuelle : valeur annuelle publiée de chaque indicateur des partenaires : somme des mois pour un
-- flux, dernière valeur ou moyenne pour un stock (selon le catalogue), valeur unique pour un indicateur annuel.
-- Entrées : int_serie_annuelle, ref_indicateur, secret_cellule, param_execution.
SELECT
    a.indicateur,
    i.libelle,
    a.unite,
    a.nature,
    a.agregation_annuelle,
    a.territoire,
    a.annee,
    a.mois_renseignes,
    CASE WHEN k.raison IS NULL THEN a.valeur END AS valeur,
    k.raison AS secret,
    e.version_methode
FROM int_serie_annuelle a
JOIN ref_indicateur i ON i.code = a.indicateur
LEFT JOIN secret_cellule k ON k.cellule_id = 'an:' || a.indicateur || ':' || a.territoire || ':' || a.annee
CROSS JOIN param_execution e
ORDER BY a.indicateur, a.territoire, a.annee
