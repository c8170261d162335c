-- int_secret_ops_dimension : les effectifs de l'enquête OPS sur lesquels reposent les chiffres publiés (des
-- ménages ou des adultes : tous soumis au secret), avec leur emboîtement : un effectif inclus dans un autre ne le
-- dépasse jamais, et leur différence est elle-même un effectif (les ménages entre 20 et 60 % des plafonds…) que
-- le secret protège comme les autres. Le coût d'un effectif mesure ce que son masquage retire aux pages : un
-- dénominateur masqué cache toutes les parts qui en dépendent.
-- Entrées : aucune (nomenclature de la méthode).
SELECT * FROM (VALUES
    ('repondants', NULL, 6.0, 'ménages répondants'),
    ('adultes', NULL, 1.5, 'adultes des ménages répondants'),
    ('em_repondants', 'repondants', 1.5, 'ménages emménagés depuis moins de deux ans, répondants'),
    ('rev_moins_60', 'repondants', 1.0, 'ménages sous 60 % des plafonds PLUS'),
    ('rev_moins_20', 'rev_moins_60', 1.0, 'ménages sous 20 % des plafonds PLUS'),
    ('menages_apl', 'repondants', 1.0, 'ménages bénéficiaires de l''APL ou de l''AL'),
    ('familles_monoparentales', 'repondants', 1.0, 'familles monoparentales'),
    ('familles_nombreuses', 'repondants', 1.0, 'familles nombreuses'),
    ('adultes_sans_emploi', 'adultes', 1.0, 'adultes sans emploi'),
    ('em_rev_moins_20', 'em_repondants', 1.0, 'emménagés récents sous 20 % des plafonds PLUS')
) AS d(dimension, incluse_dans, cout, libelle)
