-- Un stock ne s'additionne jamais d'un mois à l'autre : sa valeur annuelle « dernier » est celle du dernier
-- mois renseigné, sa valeur « moyenne » ne dépasse pas le plus grand mois ; un flux annuel est la somme des mois.
WITH mois AS (
    SELECT indicateur, territoire, CAST(left(mois, 4) AS INTEGER) AS annee, mois, valeur
    FROM int_serie_mensuelle
)
SELECT a.indicateur, a.territoire, a.annee, a.agregation_annuelle, a.valeur,
       arg_max(m.valeur, m.mois) AS dernier, max(m.valeur) AS maximum, sum(m.valeur) AS somme
FROM int_serie_annuelle a
JOIN mois m USING (indicateur, territoire, annee)
GROUP BY ALL
HAVING (a.agregation_annuelle = 'dernier' AND a.valeur <> arg_max(m.valeur, m.mois))
    OR (a.agregation_annuelle = 'moyenne' AND a.valeur > max(m.valeur) + 1e-9)
    OR (a.agregation_annuelle = 'somme' AND abs(a.valeur - sum(m.valeur)) > 1e-9)
