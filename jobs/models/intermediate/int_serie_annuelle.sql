-- int_serie_annuelle : valeur annuelle de chaque indicateur des partenaires, selon son agrégation au
-- catalogue : « somme » des mois pour un flux ; « dernier » (valeur du dernier mois renseigné de l'année) ou
-- « moyenne » des mois renseignés pour un stock — jamais la somme d'un stock. Les indicateurs annuels
-- (transmis sur la période de décembre) gardent leur valeur unique.
-- Entrées : stg_partenaire.
SELECT
    indicateur,
    territoire,
    annee,
    any_value(unite) AS unite,
    any_value(nature) AS nature,
    any_value(agregation_annuelle) AS agregation_annuelle,
    bool_or(soumis_secret) AS soumis_secret,
    count(*) AS mois_renseignes,
    max(mois) AS dernier_mois,
    CASE any_value(agregation_annuelle)
        WHEN 'somme' THEN sum(valeur)
        WHEN 'moyenne' THEN avg(valeur)
        ELSE arg_max(valeur, mois) END AS valeur
FROM stg_partenaire
GROUP BY indicateur, territoire, annee
