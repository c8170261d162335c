-- int_secret_ops_forme : les effectifs candidats à la publication (les « formes ») : pour chaque effectif OPS, son
-- total sur chaque unité publiable et sur chaque territoire publié (commune, QPV, hors QPV, territoire). La clé
-- « ops:<année>:<groupe>:<effectif> » est celle que portent les chiffres publiés (int_unite_composante,
-- int_territoire_indicateur, int_territoire_evolution) ; le module de secret décide de chacune. Le coût mesure ce
-- qu'un masquage retire aux pages (un territoire plus qu'une résidence, un dénominateur plus qu'un numérateur).
-- Les effectifs des emménagés récents ne sont publiés que pour le territoire, les QPV et le hors QPV : par unité et
-- par commune, ils reposent presque toujours sur moins de « seuil » ménages ; la composante « emménagés récents
-- pauvres » entre dans la classe de chaque unité mais ne se publie qu'à ces échelles.
-- Entrées : int_secret_ops_membre, int_secret_ops_variable, int_secret_ops_dimension.
SELECT
    'ops:' || m.annee || ':' || m.groupe || ':' || replace(v.dimension, 'ops:' || m.annee || ':', '') AS forme,
    m.annee,
    m.groupe,
    any_value(m.niveau) AS niveau,
    v.dimension,
    any_value(CASE m.niveau WHEN 'unite' THEN 1.0 WHEN 'commune' THEN 10.0 WHEN 'qpv' THEN 10.0
                            WHEN 'hors_qpv' THEN 40.0 ELSE 200.0 END)
        * coalesce(any_value(d.cout), 1.0) AS cout
FROM int_secret_ops_membre m
JOIN int_secret_ops_variable v ON v.annee = m.annee AND v.unite = m.unite
LEFT JOIN int_secret_ops_dimension d ON 'ops:' || m.annee || ':' || d.dimension = v.dimension
WHERE NOT (m.niveau IN ('unite', 'commune') AND (v.dimension LIKE '%:em_repondants' OR v.dimension LIKE '%:em_rev_moins_20'))
GROUP BY m.annee, m.groupe, v.dimension
