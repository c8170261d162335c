-- int_territoire_evolution : évolution entre millésimes, par commune et pour le territoire : nombre de logements
-- sociaux (RPLS) et part des ménages sous 20 % des plafonds PLUS (OPS), pour chaque année disponible, avec l'écart à
-- l'année précédente disponible. La part de l'enquête retenue est celle des autres pages (int_territoire_indicateur) ;
-- celles des enquêtes antérieures viennent de leurs lignes rattachées (stg_ops_evolution). Chaque part OPS porte les
-- clés de secret de ses deux effectifs.
-- Entrées : stg_evolution, stg_ops_evolution, int_territoire_indicateur, param_territoire, param_execution.
WITH territoires AS (
    SELECT e.source, e.indicateur, e.annee, 'commune' AS niveau, e.depcom AS territoire, e.numerateur,
           e.denominateur, CAST(NULL AS VARCHAR) AS forme_numerateur, CAST(NULL AS VARCHAR) AS forme_denominateur
    FROM stg_evolution e JOIN param_territoire c ON c.code_insee = e.depcom
    UNION ALL
    SELECT e.source, e.indicateur, e.annee, 'epci', c.epci_siren, sum(e.numerateur), sum(e.denominateur), NULL, NULL
    FROM stg_evolution e JOIN param_territoire c ON c.code_insee = e.depcom
    GROUP BY e.source, e.indicateur, e.annee, c.epci_siren
    UNION ALL
    SELECT 'OPS', 'tres_bas_revenus', x.annee_ops, t.niveau, t.territoire, t.numerateur, t.denominateur,
           t.forme_numerateur, t.forme_denominateur
    FROM int_territoire_indicateur t CROSS JOIN param_execution x
    WHERE t.indicateur = 'tres_bas_revenus' AND t.niveau IN ('commune', 'epci')
    UNION ALL
    SELECT 'OPS', 'tres_bas_revenus', annee_enquete, niveau, territoire, sum(rev_moins_20), sum(repondants),
           'ops:' || annee_enquete || ':' || niveau || ':' || territoire || ':rev_moins_20',
           'ops:' || annee_enquete || ':' || niveau || ':' || territoire || ':repondants'
    FROM (SELECT e.*, 'commune' AS niveau, e.depcom AS territoire FROM stg_ops_evolution e
          UNION ALL
          SELECT e.*, 'epci', c.epci_siren FROM stg_ops_evolution e JOIN param_territoire c ON c.code_insee = e.depcom)
    GROUP BY annee_enquete, niveau, territoire
)
SELECT *,
    CASE WHEN denominateur IS NULL THEN numerateur ELSE numerateur / nullif(denominateur, 0) END AS valeur,
    lag(CASE WHEN denominateur IS NULL THEN numerateur ELSE numerateur / nullif(denominateur, 0) END)
        OVER (PARTITION BY indicateur, niveau, territoire ORDER BY annee) AS valeur_precedente,
    lag(annee) OVER (PARTITION BY indicateur, niveau, territoire ORDER BY annee) AS annee_precedente,
    lag(forme_numerateur) OVER (PARTITION BY indicateur, niveau, territoire ORDER BY annee) AS forme_numerateur_precedente,
    lag(forme_denominateur) OVER (PARTITION BY indicateur, niveau, territoire ORDER BY annee)
        AS forme_denominateur_precedente,
    source = 'OPS' AS soumis_secret
FROM territoires
