-- mart_territoire_evolution : évolution publiée entre millésimes (logements sociaux du RPLS ; part des ménages sous
-- 20 % des plafonds PLUS de l'OPS, en pourcentage entier), avec l'écart à l'année précédente disponible. Une part OPS
-- n'est publiée que si ses deux effectifs le sont (secret_forme) ; l'écart, que si les deux parts le sont.
-- Entrées : int_territoire_evolution, secret_forme, param_execution.
WITH publie AS (
    SELECT e.*,
           NOT e.soumis_secret OR (coalesce(n.publiee, false) AND coalesce(d.publiee, false)) AS publiee,
           NOT e.soumis_secret OR (coalesce(np.publiee, false) AND coalesce(dp.publiee, false)) AS precedente_publiee
    FROM int_territoire_evolution e
    LEFT JOIN secret_forme n ON n.forme = e.forme_numerateur
    LEFT JOIN secret_forme d ON d.forme = e.forme_denominateur
    LEFT JOIN secret_forme np ON np.forme = e.forme_numerateur_precedente
    LEFT JOIN secret_forme dp ON dp.forme = e.forme_denominateur_precedente
)
SELECT
    e.niveau,
    e.territoire,
    e.indicateur,
    e.source,
    e.annee,
    CASE WHEN e.publiee THEN CASE WHEN e.soumis_secret THEN round(e.valeur, 2) ELSE e.valeur END END AS valeur,
    e.annee_precedente,
    CASE WHEN e.publiee AND e.precedente_publiee AND e.annee_precedente IS NOT NULL
         THEN CASE WHEN e.soumis_secret THEN round(e.valeur, 2) - round(e.valeur_precedente, 2)
                   ELSE e.valeur - e.valeur_precedente END END AS evolution,
    CASE WHEN NOT e.publiee OR (e.annee_precedente IS NOT NULL AND NOT e.precedente_publiee) THEN 's' END AS secret,
    p.version_methode
FROM publie e
CROSS JOIN param_execution p
ORDER BY e.indicateur, e.niveau, e.territoire, e.annee
