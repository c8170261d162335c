-- Chaque résidence publiée n'apparaît qu'une fois.
SELECT residence_id, count(*) AS n FROM mart_residence GROUP BY residence_id HAVING count(*) > 1
