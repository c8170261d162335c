-- Row checks on the staging table rpls_stg (all VARCHAR, one row per data record, in file order), in one scan.
-- rang = 0-based rank of the record among those the CSV reader accepted. A row is loaded only when DEPCOM is an
-- INSEE code and NBPIECE and SURFHAB parse; the refused rows (few) are kept in rpls_rejets.
CREATE OR REPLACE TEMP TABLE rpls_rejets AS
SELECT * FROM (
    SELECT s.rowid - (SELECT min(rowid) FROM rpls_stg) AS rang,
           s.rowid AS rid,
           s.depcom, s.nbpiece, s.surfhab,
           regexp_full_match(coalesce(trim(s.depcom), ''), '(\d{5}|2[AB]\d{3})') AS depcom_ok,
           TRY_CAST(nullif(trim(s.nbpiece), '') AS SMALLINT) IS NOT NULL AS nbpiece_ok,
           TRY_CAST(replace(nullif(trim(s.surfhab), ''), ',', '.') AS DECIMAL(8,2)) IS NOT NULL AS surfhab_ok
    FROM rpls_stg s
)
WHERE NOT (depcom_ok AND nbpiece_ok AND surfhab_ok);

-- The valid rows, with their rank, as the insertion reads them.
CREATE OR REPLACE TEMP VIEW rpls_valides AS
SELECT s.*
FROM rpls_stg s
WHERE s.rowid NOT IN (SELECT rid FROM rpls_rejets);
