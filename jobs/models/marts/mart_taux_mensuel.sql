-- mart_taux_mensuel : taux calculés chaque mois à partir de deux comptages : taux de demandes non pourvues
-- au 115 (demandes non pourvues ÷ demandes, FAS Baromètre 115) et taux d'occupation de l'hébergement
-- d'urgence et d'insertion (places occupées ÷ places). Un taux est masqué si l'un de ses termes l'est.
-- Entrées : mart_serie_mensuelle.
WITH paires AS (
    SELECT * FROM (VALUES
        ('taux_non_pourvues_115', 'Taux de demandes non pourvues au 115', 'demandes_non_pourvues_115', 'demandes_115'),
        ('taux_occupation_urgence', 'Taux d''occupation de l''hébergement d''urgence',
         'places_occupees_hebergement_urgence', 'places_hebergement_urgence'),
        ('taux_occupation_insertion', 'Taux d''occupation de l''hébergement d''insertion',
         'places_occupees_insertion', 'places_insertion')
    ) AS p(taux, libelle, numerateur, denominateur)
)
SELECT
    p.taux AS indicateur,
    p.libelle,
    n.territoire,
    n.mois,
    n.valeur / nullif(d.valeur, 0) AS valeur,
    coalesce(n.secret, d.secret) AS secret,
    n.cumul_12_mois / nullif(d.cumul_12_mois, 0) AS valeur_12_mois,
    n.moyenne_12_mois / nullif(d.moyenne_12_mois, 0) AS valeur_moyenne_12_mois
FROM paires p
JOIN mart_serie_mensuelle n ON n.indicateur = p.numerateur
JOIN mart_serie_mensuelle d ON d.indicateur = p.denominateur AND d.territoire = n.territoire AND d.mois = n.mois
ORDER BY p.taux, n.territoire, n.mois
