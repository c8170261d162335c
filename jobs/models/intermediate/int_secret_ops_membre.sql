-- int_secret_ops_membre : les unités de chaque groupe (l'unité publiable elle-même, sa commune, son QPV ou le hors
-- QPV, le territoire), par enquête, pour le secret statistique. Pour les enquêtes antérieures, seuls la commune et
-- le territoire sont publiés (évolution).
-- Entrées : int_ops_unite, int_ops_unite_territoire, stg_ops_evolution, param_territoire.
SELECT u.annee_ops AS annee, 'unite:' || unite AS groupe, 'unite' AS niveau, unite
FROM int_ops_unite u WHERE nature <> 'non publiée'
UNION ALL
SELECT u.annee_ops, t.niveau || ':' || t.territoire, t.niveau, t.unite
FROM int_ops_unite_territoire t JOIN int_ops_unite u USING (unite)
UNION ALL
SELECT e.annee_enquete, 'commune:' || e.depcom, 'commune', e.ligne FROM stg_ops_evolution e
UNION ALL
SELECT e.annee_enquete, 'epci:' || p.epci_siren, 'epci', e.ligne
FROM stg_ops_evolution e JOIN param_territoire p ON p.code_insee = e.depcom
