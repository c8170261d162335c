-- Row checks on the staging table rpls_stg (all VARCHAR, one row per data record, in file order;
-- rang = 0-based rank of the record among those the CSV reader accepted).
-- A row is loaded only when DEPCOM is an INSEE code and NBPIECE and SURFHAB parse.
CREATE OR REPLACE TEMP VIEW rpls_stg_controle AS
SELECT s.rowid - (SELECT min(rowid) FROM rpls_stg) AS rang,
       s.*,
       regexp_full_match(coalesce(trim(s.depcom), ''), '(\d{5}|2[AB]\d{3})') AS depcom_ok,
       TRY_CAST(nullif(trim(s.nbpiece), '') AS SMALLINT) IS NOT NULL AS nbpiece_ok,
       TRY_CAST(replace(nullif(trim(s.surfhab), ''), ',', '.') AS DECIMAL(8,2)) IS NOT NULL AS surfhab_ok
FROM rpls_stg s;
