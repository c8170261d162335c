-- mart_recherche_abreviation : les mots que la clé de recherche des adresses remplace par leur forme complète
-- (types de voie : AV → AVENUE ; titres et saints : ST → SAINT, GAL → GENERAL) ou ignore (forme vide : DE, DU,
-- LA…), pour que la recherche de l'atlas normalise ce que l'on tape comme l'import normalise les adresses du RPLS.
-- Règles, dans l'ordre : majuscules sans accents, œ → OE, tout autre caractère que A–Z et 0–9 → espace ; un nombre
-- collé à une lettre est séparé (12B → 12 B) ; zéros de tête des nombres retirés ; un nombre suivi d'un indice de
-- répétition le garde collé (12 BIS, 12 B → 12B ; TER → T, QUATER → Q, QUINQUIES → C, lettre seule A à H) ; puis
-- chaque mot est remplacé par sa forme de cette table (vide : mot supprimé).
-- Entrées : ref_type_voie, ref_adresse_abreviation.
SELECT abreviation, arg_min(forme, rang) AS forme
FROM (SELECT abreviation, libelle AS forme, 1 AS rang FROM ref_type_voie
      UNION ALL
      SELECT abreviation, forme, 2 FROM ref_adresse_abreviation)
GROUP BY abreviation
ORDER BY abreviation
