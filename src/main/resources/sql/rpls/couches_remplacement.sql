-- Removes the rows the file replaces: same millésime, same variant, communes the file covers. The other variant's
-- rows and the other communes' rows are not touched.
DELETE FROM rpls_logement
WHERE millesime = CAST(getvariable('rpls_millesime') AS SMALLINT)
  AND variante = getvariable('rpls_variante')
  AND depcom IN (SELECT depcom FROM rpls_import_communes);
