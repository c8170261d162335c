-- stg_residence : résidences du territoire de l'observatoire (param_territoire) au millésime RPLS retenu pour la
-- période, telles que l'import les a construites sur le parc effectif : identifiant stable, commune, adresse
-- principale, programme, QPV, position (médoïde des logements), étendue en mètres, nombre d'adresses, bailleur.
-- Entrées : residence, param_territoire, param_execution.
SELECT
    r.residence_id,
    r.millesime,
    r.depcom,
    r.libcom,
    r.adresse,
    r.programme,
    r.qpv_code,
    r.en_qpv,
    r.lon,
    r.lat,
    r.etendue_m,
    r.nb_adresses,
    r.bailleur
FROM residence r
WHERE r.millesime = (SELECT millesime_rpls FROM param_execution)
  AND r.depcom IN (SELECT code_insee FROM param_territoire)
