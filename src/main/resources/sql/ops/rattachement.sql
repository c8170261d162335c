-- Links the OPS rows of the file just loaded to RPLS residences, for the import report (the indicators link
-- again, at computation time, to the residences of the millésime they retain: jobs/models/staging/stg_ops_residence):
-- 1. by the residence id given in the file, when the residence exists in any millésime;
-- 2. else by the address search key (accents, punctuation, abbreviations and little words ignored) against every
--    address of the residences of the commune's latest RPLS millésime (residence_adresse), when that address
--    belongs to exactly one residence.
-- Rows that match neither stay 'non rattaché' and are listed in the import report.
UPDATE ops_occupation SET adresse_recherche = adresse_recherche(adresse)
WHERE import_sha256 = getvariable('ops_sha256')
  AND adresse IS NOT NULL;

UPDATE ops_occupation SET residence_id = identifiant_residence, rattachement = 'identifiant'
WHERE import_sha256 = getvariable('ops_sha256')
  AND niveau <> 'commune'
  AND identifiant_residence IN (SELECT residence_id FROM residence);

UPDATE ops_occupation o SET residence_id = m.residence_id, rattachement = 'adresse'
FROM (
    SELECT depcom, adresse_recherche, min(residence_id) AS residence_id
    FROM (SELECT * FROM residence_adresse QUALIFY millesime = max(millesime) OVER (PARTITION BY depcom))
    GROUP BY depcom, adresse_recherche
    HAVING count(DISTINCT residence_id) = 1
) m
WHERE o.import_sha256 = getvariable('ops_sha256')
  AND o.niveau <> 'commune'
  AND o.residence_id IS NULL
  AND o.depcom = m.depcom
  AND o.adresse_recherche = m.adresse_recherche;
