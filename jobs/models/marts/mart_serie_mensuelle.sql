-- mart_serie_mensuelle : séries mensuelles publiées des indicateurs des partenaires sur la fenêtre (24 mois) : valeur
-- du mois, cumul sur 12 mois glissants pour un flux, moyenne sur 12 mois glissants pour un stock (jamais une somme).
-- Pour un indicateur soumis au secret, chaque chiffre n'est publié que si le secret laisse publier sa somme de mois
-- (secret_forme) ; quand la série n'est publiée qu'au trimestre ou à l'année (grain), ses mois valent NULL, marqués
-- « s », et mart_serie_trimestrielle ou mart_serie_annuelle prennent le relais. Un taux ou une moyenne « base:… »
-- n'est publié que quand le compte qu'il redonnerait l'est.
-- Entrées : int_serie_mensuelle, ref_indicateur, secret_forme, secret_serie, param_execution.
WITH decision AS (
    SELECT s.*,
           NOT s.soumis_secret OR coalesce(km.publiee, false) AS mois_publie,
           NOT s.soumis_secret OR coalesce(kg.publiee, false) AS glissant_publie,
           coalesce(g.grain, 'mois') AS grain
    FROM int_serie_mensuelle s
    LEFT JOIN secret_forme km ON km.forme = s.forme_mois
    LEFT JOIN secret_forme kg ON kg.forme = s.forme_glissant
    LEFT JOIN secret_serie g ON g.serie = s.indicateur || ':' || s.territoire
    WHERE s.dans_fenetre
),
avec_base AS (
    SELECT d.*,
           d.mois_publie AND (d.base_secret IS NULL OR coalesce(b.mois_publie, false)) AS valeur_publiee,
           d.glissant_publie AND (d.base_secret IS NULL OR coalesce(b.glissant_publie, false)) AS cumul_publie
    FROM decision d
    LEFT JOIN decision b ON b.indicateur = d.base_secret AND b.territoire = d.territoire AND b.mois = d.mois
)
SELECT
    s.indicateur,
    i.libelle,
    s.unite,
    s.nature,
    s.territoire,
    s.mois,
    CASE WHEN s.valeur_publiee THEN s.valeur END AS valeur,
    CASE WHEN NOT s.valeur_publiee THEN 's' END AS secret,
    CASE WHEN s.cumul_publie THEN s.cumul_12_mois END AS cumul_12_mois,
    CASE WHEN s.cumul_publie THEN s.moyenne_12_mois END AS moyenne_12_mois,
    CASE WHEN NOT s.cumul_publie THEN 's' END AS secret_12_mois,
    s.mois_renseignes_12,
    s.grain,
    e.version_methode
FROM avec_base s
JOIN ref_indicateur i ON i.code = s.indicateur
CROSS JOIN param_execution e
ORDER BY s.indicateur, s.territoire, s.mois
