-- « accessible et non fragile » suppose une résidence accessible et une occupation qui n'est pas fragile.
SELECT residence_id, classe_accessibilite, classe_fragilite FROM mart_residence
WHERE croisement = 'accessible et non fragile'
  AND (classe_accessibilite <> 'accessible aux ménages les plus modestes' OR classe_fragilite = 'fragile'
       OR classe_fragilite IS NULL)
