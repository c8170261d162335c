-- int_secret_serie_forme : pour le secret statistique, chaque chiffre publiable d'une série soumise au secret
-- (catalogue, colonne « secret ») comme une somme de mois : le mois, les 12 mois glissants, le trimestre, l'année
-- complète, le cumul depuis janvier (et celui des mêmes mois de l'année précédente), arrêtés au mois ou à la fin du
-- dernier trimestre complet. Le grain (mois, trimestre, année) dit à quelle publication le chiffre appartient ;
-- le module de secret choisit, série par série, le grain le plus fin qui protège tout.
-- Entrées : int_serie_mensuelle, int_serie_trimestrielle, int_serie_annuelle, int_serie_cumul.
WITH formes AS (
    SELECT indicateur, territoire, forme_mois AS forme, 'mois' AS grain, valeur AS somme, [mois] AS mois
    FROM int_serie_mensuelle WHERE soumis_secret AND dans_fenetre
    UNION ALL
    SELECT indicateur, territoire, forme_glissant, 'mois', somme_12_mois, mois_glissant
    FROM int_serie_mensuelle WHERE soumis_secret AND dans_fenetre
    UNION ALL
    SELECT indicateur, territoire, forme_trimestre, 'trimestre', somme, mois_trimestre
    FROM int_serie_trimestrielle WHERE soumis_secret
    UNION ALL
    SELECT indicateur, territoire, forme_annee, CASE WHEN annee_en_cours THEN 'mois' ELSE 'annee' END, somme, mois_annee
    FROM int_serie_annuelle WHERE soumis_secret AND forme_annee NOT LIKE '%:mois:%'
    UNION ALL
    SELECT indicateur, territoire, forme_cumul_precedent, 'mois', cumul_annee_precedente, mois_cumul_precedent
    FROM int_serie_cumul WHERE soumis_secret AND cumul_annee_precedente IS NOT NULL
    UNION ALL
    SELECT indicateur, territoire, forme_cumul_trimestre, 'trimestre', cumul_trimestre, mois_cumul_trimestre
    FROM int_serie_cumul WHERE soumis_secret AND mois_fin_trimestre > 0 AND cumul_trimestre IS NOT NULL
    UNION ALL
    SELECT indicateur, territoire, forme_cumul_trimestre_precedent, 'trimestre', cumul_trimestre_annee_precedente,
           mois_cumul_trimestre_precedent
    FROM int_serie_cumul WHERE soumis_secret AND mois_fin_trimestre > 0 AND cumul_trimestre_annee_precedente IS NOT NULL
)
SELECT DISTINCT ON (forme)
    forme,
    indicateur || ':' || territoire AS serie,
    grain,
    CAST(round(somme) AS BIGINT) AS valeur,
    mois
FROM formes
ORDER BY forme
