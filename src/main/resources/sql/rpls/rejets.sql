-- Values that make a row rejected, in file order: one line per (row, column), with the reason in French.
SELECT rang, 'DEPCOM' AS champ, depcom AS valeur,
       CASE WHEN coalesce(trim(depcom), '') = '' THEN 'code commune vide'
            ELSE 'code commune INSEE invalide : 5 caractères attendus (ex. 21231 ou 2A004)' END AS motif
FROM rpls_rejets WHERE NOT depcom_ok
UNION ALL
SELECT rang, 'NBPIECE', nbpiece,
       CASE WHEN coalesce(trim(nbpiece), '') = '' THEN 'nombre de pièces vide'
            ELSE 'nombre de pièces illisible : un nombre entier est attendu' END
FROM rpls_rejets WHERE NOT nbpiece_ok
UNION ALL
SELECT rang, 'SURFHAB', surfhab,
       CASE WHEN coalesce(trim(surfhab), '') = '' THEN 'surface habitable vide'
            ELSE 'surface habitable illisible : un nombre est attendu (ex. 64,5)' END
FROM rpls_rejets WHERE NOT surfhab_ok
ORDER BY rang, champ
