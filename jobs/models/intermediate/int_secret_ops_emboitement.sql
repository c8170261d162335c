-- int_secret_ops_emboitement : toutes les inclusions entre effectifs de l'enquête OPS (un effectif ne dépasse jamais
-- celui qui le contient) : celles de int_secret_ops_dimension, plus les emménagés récents pauvres, qui sont aussi
-- des ménages sous 20 % des plafonds.
-- Entrées : int_secret_ops_dimension.
SELECT dimension AS interieur, incluse_dans AS exterieur FROM int_secret_ops_dimension WHERE incluse_dans IS NOT NULL
UNION ALL
SELECT 'em_rev_moins_20', 'rev_moins_20'
