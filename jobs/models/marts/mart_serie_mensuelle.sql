-- mart_serie_mensuelle : séries mensuelles publiées des indicateurs des partenaires sur 24 mois : valeur du
-- mois, cumul sur 12 mois glissants pour un flux, moyenne sur 12 mois glissants pour un stock (jamais une somme).
-- Les effectifs de personnes ou de ménages de 1 à seuil − 1 sont masqués, ainsi que les cases qui
-- permettraient de les retrouver par différence (mois d'une même année, fenêtres glissantes).
-- Entrées : int_serie_mensuelle, ref_indicateur, secret_cellule, param_execution.
SELECT
    s.indicateur,
    i.libelle,
    s.unite,
    s.nature,
    s.territoire,
    s.mois,
    CASE WHEN km.raison IS NULL THEN s.valeur END AS valeur,
    km.raison AS secret,
    CASE WHEN kg.raison IS NULL THEN s.cumul_12_mois END AS cumul_12_mois,
    CASE WHEN kg.raison IS NULL THEN s.moyenne_12_mois END AS moyenne_12_mois,
    kg.raison AS secret_12_mois,
    s.mois_renseignes_12,
    e.version_methode
FROM int_serie_mensuelle s
JOIN ref_indicateur i ON i.code = s.indicateur
LEFT JOIN secret_cellule km ON km.cellule_id = 'mois:' || s.indicateur || ':' || s.territoire || ':' || s.mois
LEFT JOIN secret_cellule kg ON kg.cellule_id = 'glissant:' || s.indicateur || ':' || s.territoire || ':' || s.mois
CROSS JOIN param_execution e
ORDER BY s.indicateur, s.territoire, s.mois
