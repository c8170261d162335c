-- Les classes publiées appartiennent aux listes documentées.
SELECT residence_id, classe_accessibilite, classe_fragilite, croisement FROM mart_residence
WHERE classe_accessibilite NOT IN ('accessible aux ménages les plus modestes', 'partiellement accessible', 'peu accessible')
   OR (classe_fragilite IS NOT NULL AND classe_fragilite NOT IN ('fragile', 'à surveiller', 'équilibrée'))
   OR croisement NOT IN ('accessible et non fragile', 'accessible mais fragile', 'peu ou partiellement accessible',
                         'occupation non renseignée', 'occupation couverte par le secret statistique')
