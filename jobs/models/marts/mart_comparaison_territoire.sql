-- mart_comparaison_territoire : chaque indicateur publié par territoire, comparé à la même valeur de la publication
-- de référence, la dernière publication d'une période antérieure dont les entrées diffèrent (un autre millésime RPLS
-- ou une autre enquête OPS). Ce ne sont que des différences de valeurs publiées : une valeur couverte par le secret
-- d'un côté ou de l'autre donne un écart vide. Sans publication de référence, la table est vide.
-- Entrées : mart_territoire, param_publication_reference (la référence choisie), param_reference_territoire (ses
-- valeurs publiées de mart_territoire).
-- Formule : écart = valeur − valeur de référence, arrondi à 6 décimales (points de part pour une part, effectif
-- pour un effectif).
SELECT
    t.niveau,
    t.territoire,
    t.libelle,
    t.indicateur,
    t.source,
    r.periode AS periode_reference,
    r.millesime_rpls AS millesime_rpls_reference,
    r.annee_ops AS annee_ops_reference,
    t.valeur,
    v.valeur AS valeur_reference,
    round(t.valeur - v.valeur, 6) AS ecart
FROM mart_territoire t
CROSS JOIN param_publication_reference r
LEFT JOIN param_reference_territoire v
       ON v.niveau = t.niveau AND v.territoire = t.territoire AND v.indicateur = t.indicateur
ORDER BY t.niveau, t.territoire, t.indicateur
