-- mart_serie_cumul : pour chaque flux mensuel, le cumul de l'année en cours depuis janvier et celui des mêmes mois de
-- l'année précédente, pour comparer ; quand la série n'est publiée qu'au trimestre (secret statistique), les mêmes
-- cumuls arrêtés à la fin du dernier trimestre complet (arrete_au). Chaque cumul n'est publié que si le secret le
-- laisse ; une valeur masquée est NULL, marquée « s ».
-- Entrées : int_serie_cumul, ref_indicateur, secret_forme, secret_serie, param_execution.
WITH d AS (
    SELECT c.*, coalesce(g.grain, 'mois') AS grain,
           NOT c.soumis_secret OR coalesce(k1.publiee, false) AS cumul_publie,
           NOT c.soumis_secret OR coalesce(k2.publiee, false) AS precedent_publie,
           NOT c.soumis_secret OR coalesce(k3.publiee, false) AS cumul_trimestre_publie,
           NOT c.soumis_secret OR coalesce(k4.publiee, false) AS precedent_trimestre_publie
    FROM int_serie_cumul c
    LEFT JOIN secret_forme k1 ON k1.forme = c.forme_cumul
    LEFT JOIN secret_forme k2 ON k2.forme = c.forme_cumul_precedent
    LEFT JOIN secret_forme k3 ON k3.forme = c.forme_cumul_trimestre
    LEFT JOIN secret_forme k4 ON k4.forme = c.forme_cumul_trimestre_precedent
    LEFT JOIN secret_serie g ON g.serie = c.indicateur || ':' || c.territoire
)
SELECT
    d.indicateur,
    i.libelle,
    d.territoire,
    d.annee,
    d.grain,
    CASE WHEN d.grain = 'mois' THEN d.mois_fin ELSE d.mois_fin_trimestre END AS arrete_au_mois,
    CASE WHEN d.grain = 'mois' AND d.cumul_publie THEN d.cumul
         WHEN d.grain = 'trimestre' AND d.cumul_trimestre_publie AND d.mois_fin_trimestre > 0 THEN d.cumul_trimestre END
        AS cumul,
    CASE WHEN d.grain = 'mois' AND d.precedent_publie THEN d.cumul_annee_precedente
         WHEN d.grain = 'trimestre' AND d.precedent_trimestre_publie AND d.mois_fin_trimestre > 0
              THEN d.cumul_trimestre_annee_precedente END AS cumul_annee_precedente,
    d.mois_renseignes,
    d.mois_renseignes_annee_precedente,
    CASE WHEN NOT (CASE WHEN d.grain = 'mois' THEN d.cumul_publie AND d.precedent_publie
                        ELSE d.cumul_trimestre_publie AND d.precedent_trimestre_publie AND d.mois_fin_trimestre > 0 END)
         THEN 's' END AS secret,
    e.version_methode
FROM d
JOIN ref_indicateur i ON i.code = d.indicateur
CROSS JOIN param_execution e
ORDER BY d.indicateur, d.territoire
