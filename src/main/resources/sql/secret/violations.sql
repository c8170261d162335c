-- Published numbers that break statistical secrecy: resting on 1 to threshold − 1 households or people, or
-- recoverable by subtraction because exactly one member of an additive relation is masked.
SELECT 'effectif sous le seuil' AS regle, p.marts, p.cellule_id AS objet,
       'numérateur ' || coalesce(CAST(c.numerateur AS VARCHAR), '-') || ', dénominateur '
       || coalesce(CAST(c.denominateur AS VARCHAR), '-') AS detail
FROM secret_publication p
JOIN int_cellule c USING (cellule_id)
WHERE p.publiee AND c.soumis_secret
  AND (c.numerateur BETWEEN 1 AND getvariable('seuil_secret') - 1
       OR c.denominateur BETWEEN 1 AND getvariable('seuil_secret') - 1)
UNION ALL
SELECT 'case retrouvable par différence', string_agg(DISTINCT p.marts, ', '), g.groupe,
       'une seule case masquée sur ' || count(*) || ' : ' || string_agg(CASE WHEN p.masquee THEN p.cellule_id END, '')
FROM int_cellule_groupe g
JOIN secret_publication p USING (cellule_id)
GROUP BY g.groupe
HAVING count(*) FILTER (WHERE p.masquee) = 1 AND count(*) > 1
ORDER BY 1, 3
