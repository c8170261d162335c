-- int_territoire_evolution : évolution entre millésimes, par commune et pour la métropole : nombre de logements
-- sociaux (RPLS) et part des ménages sous 20 % des plafonds PLUS (OPS), pour chaque année disponible, avec
-- l'écart à l'année précédente disponible.
-- Entrées : stg_evolution, param_territoire.
WITH territoires AS (
    SELECT e.source, e.indicateur, e.annee, 'commune' AS niveau, e.depcom AS territoire, e.numerateur, e.denominateur
    FROM stg_evolution e JOIN param_territoire c ON c.code_insee = e.depcom
    UNION ALL
    SELECT e.source, e.indicateur, e.annee, 'epci', c.epci_siren, sum(e.numerateur), sum(e.denominateur)
    FROM stg_evolution e JOIN param_territoire c ON c.code_insee = e.depcom
    GROUP BY e.source, e.indicateur, e.annee, c.epci_siren
)
SELECT *,
    CASE WHEN denominateur IS NULL THEN numerateur ELSE numerateur / nullif(denominateur, 0) END AS valeur,
    lag(CASE WHEN denominateur IS NULL THEN numerateur ELSE numerateur / nullif(denominateur, 0) END)
        OVER (PARTITION BY indicateur, niveau, territoire ORDER BY annee) AS valeur_precedente,
    lag(annee) OVER (PARTITION BY indicateur, niveau, territoire ORDER BY annee) AS annee_precedente,
    source = 'OPS' AS soumis_secret
FROM territoires
