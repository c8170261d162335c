-- int_serie_annuelle : valeur annuelle de chaque indicateur des partenaires, selon son agrégation au catalogue :
-- « somme » des mois pour un flux ; « dernier » (valeur du dernier mois renseigné de l'année) ou « moyenne » des mois
-- renseignés pour un stock — jamais la somme d'un stock. Seules sont retenues les années complètes de la fenêtre et
-- l'année en cours (alors cumul depuis janvier, « année en cours »). Les indicateurs annuels (transmis sur la période
-- de décembre) gardent leur valeur unique. Clé de secret (forme_annee) : l'année complète, le cumul de l'année en
-- cours jusqu'au mois de la période, ou, pour « dernier », le mois retenu.
-- Entrées : stg_partenaire, param_execution.
WITH annees AS (
    SELECT
        indicateur,
        territoire,
        annee,
        any_value(unite) AS unite,
        any_value(nature) AS nature,
        any_value(agregation_annuelle) AS agregation_annuelle,
        any_value(periodicite) AS periodicite,
        bool_or(soumis_secret) AS soumis_secret,
        any_value(base_secret) AS base_secret,
        count(*) AS mois_renseignes,
        max(mois) AS dernier_mois,
        min(mois) AS premier_mois,
        sum(valeur) AS somme,
        CASE any_value(agregation_annuelle)
            WHEN 'somme' THEN sum(valeur)
            WHEN 'moyenne' THEN avg(valeur)
            ELSE arg_max(valeur, mois) END AS valeur,
        list(mois ORDER BY mois) AS mois_annee
    FROM stg_partenaire
    GROUP BY indicateur, territoire, annee
)
SELECT
    a.*,
    a.annee = e.annee AND a.periodicite = 'mensuelle' AS annee_en_cours,
    CASE WHEN a.periodicite = 'annuelle' THEN 'serie:' || a.indicateur || ':' || a.territoire || ':annee:' || a.annee
         WHEN a.agregation_annuelle = 'dernier' THEN 'serie:' || a.indicateur || ':' || a.territoire || ':mois:'
                                                    || a.dernier_mois
         WHEN a.annee = e.annee THEN 'serie:' || a.indicateur || ':' || a.territoire || ':cumul:' || e.periode
         ELSE 'serie:' || a.indicateur || ':' || a.territoire || ':annee:' || a.annee END AS forme_annee
FROM annees a
CROSS JOIN param_execution e
WHERE a.periodicite = 'annuelle' OR a.annee = e.annee OR a.mois_renseignes = 12
