-- Le secret statistique tient : aucun effectif publié de 1 à seuil − 1 ; toute valeur masquée de l'occupation peut
-- prendre au moins « seuil » valeurs sans rien changer de ce qui est publié (portée certifiée par le module de secret).
SELECT 'publié sous le seuil' AS regle, forme, raison, valeur, portee FROM secret_forme
WHERE publiee AND valeur BETWEEN 1 AND (SELECT seuil_secret FROM param_execution) - 1
UNION ALL
SELECT 'masqué sans protection', forme, raison, valeur, portee FROM secret_forme
WHERE famille = 'ops' AND NOT publiee AND raison <> 'retrait de l''unité'
  AND portee < (SELECT seuil_secret FROM param_execution) - 1
