-- Links the OPS rows of the file just loaded to RPLS residences:
-- 1. by the residence id given in the file, when the residence exists in any millésime;
-- 2. else by normalised address (commune + number + street, accents and punctuation removed) against the
--    dwellings of the latest RPLS millésime, when that address belongs to exactly one residence.
-- Rows that match neither stay 'non rattaché' and are listed in the import report.
UPDATE ops_occupation SET residence_id = identifiant_residence, rattachement = 'identifiant'
WHERE import_sha256 = getvariable('ops_sha256')
  AND niveau <> 'commune'
  AND identifiant_residence IN (SELECT residence_id FROM residence);

UPDATE ops_occupation o SET residence_id = m.residence_id, rattachement = 'adresse'
FROM (
    SELECT depcom, norm_txt(adresse) AS cle, min(residence_id) AS residence_id
    FROM rpls_logement
    WHERE millesime = (SELECT max(millesime) FROM rpls_logement)
    GROUP BY depcom, norm_txt(adresse)
    HAVING count(DISTINCT residence_id) = 1
) m
WHERE o.import_sha256 = getvariable('ops_sha256')
  AND o.niveau <> 'commune'
  AND o.residence_id IS NULL
  AND o.depcom = m.depcom
  AND norm_txt(o.adresse) = m.cle;
