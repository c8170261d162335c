-- Values that make a row rejected, in file order: one line per (row, column).
SELECT rang, 'DEPCOM' AS champ, depcom AS valeur FROM rpls_stg_controle WHERE NOT depcom_ok
UNION ALL
SELECT rang, 'NBPIECE', nbpiece FROM rpls_stg_controle WHERE NOT nbpiece_ok
UNION ALL
SELECT rang, 'SURFHAB', surfhab FROM rpls_stg_controle WHERE NOT surfhab_ok
ORDER BY rang, champ
