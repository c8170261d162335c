-- int_secret_serie_mois : les mois des séries soumises au secret, avec leur valeur : les inconnues des sommes que
-- publie une série (int_secret_serie_forme).
-- Entrées : stg_partenaire.
SELECT indicateur || ':' || territoire AS serie, mois, CAST(round(valeur) AS BIGINT) AS valeur
FROM stg_partenaire
WHERE soumis_secret
