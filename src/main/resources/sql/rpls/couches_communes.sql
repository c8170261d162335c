-- The communes the file covers (valid rows only), with their dwellings and the name the file gives them.
-- A file replaces the rows of its millésime and variant for these communes only, never for whole départements.
CREATE OR REPLACE TEMP TABLE rpls_import_communes AS
SELECT trim(depcom) AS depcom, min(nullif(trim(libcom), '')) AS libcom, count(*) AS logements
FROM rpls_valides
GROUP BY 1;
