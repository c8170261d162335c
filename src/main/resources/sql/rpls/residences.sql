-- Rebuilds the residences of the imported millésime for the communes whose effective rows are the file's
-- (rpls_import_reconstruire): every address of each residence, then the residences, then their correspondences
-- with the reference millésime.
DELETE FROM residence
WHERE millesime = CAST(getvariable('rpls_millesime') AS SMALLINT)
  AND depcom IN (SELECT depcom FROM rpls_import_reconstruire);

DELETE FROM residence_adresse
WHERE millesime = CAST(getvariable('rpls_millesime') AS SMALLINT)
  AND depcom IN (SELECT depcom FROM rpls_import_reconstruire);

DELETE FROM residence_correspondance
WHERE millesime = CAST(getvariable('rpls_millesime') AS SMALLINT)
  AND depcom IN (SELECT depcom FROM rpls_import_reconstruire);

-- Every address of each residence: its fields as most of its dwellings give them, its dwellings, and the mean
-- position of its located dwellings. The main address is the one with most dwellings.
INSERT INTO residence_adresse BY NAME
WITH adresse AS (
    SELECT i.residence_id, n.depcom, n.adresse_recherche,
           sum(n.logements) AS logements,
           arg_max(n.numvoie, n.logements) AS numvoie,
           arg_max(n.indrep, n.logements) AS indrep,
           arg_max(n.typvoie, n.logements) AS typvoie,
           arg_max(n.nomvoie, n.logements) AS nomvoie,
           arg_max(n.adresse, n.logements) AS adresse,
           sum(n.x * n.logements) FILTER (WHERE pr.position = 'valide')
               / sum(n.logements) FILTER (WHERE pr.position = 'valide') AS x,
           sum(n.y * n.logements) FILTER (WHERE pr.position = 'valide')
               / sum(n.logements) FILTER (WHERE pr.position = 'valide') AS y
    FROM rpls_point_norm n
    JOIN rpls_point_residence pr USING (point_id)
    JOIN rpls_residence_id i USING (residence_no)
    WHERE n.adresse_recherche IS NOT NULL
    GROUP BY i.residence_id, n.depcom, n.adresse_recherche
)
SELECT CAST(getvariable('rpls_millesime') AS SMALLINT) AS millesime, a.*,
       row_number() OVER (PARTITION BY a.residence_id ORDER BY a.logements DESC, a.adresse_recherche) = 1 AS principale
FROM adresse a;

-- One row per residence: main address, programme, dwellings, QPV, landlord, method of its key, medoid position
-- (Lambert-93 and WGS84), extent, and the dwellings placed by their address only.
INSERT INTO residence BY NAME
SELECT
    i.residence_id,
    CAST(getvariable('rpls_millesime') AS SMALLINT) AS millesime,
    CASE WHEN i.depcom LIKE '97%' THEN substr(i.depcom, 1, 3) ELSE substr(i.depcom, 1, 2) END AS dep,
    i.depcom,
    min(m.libcom) AS libcom,
    coalesce(min(a.adresse), arg_max(n.adresse, n.logements)) AS adresse,
    arg_max(n.programme, n.logements) FILTER (WHERE n.programme IS NOT NULL) AS programme,
    sum(n.logements) AS nb_logements,
    min(n.qpv_code) AS qpv_code,
    bool_or(n.en_qpv) AS en_qpv,
    min(c.methode) AS methode_cle,
    min(c.x) AS x,
    min(c.y) AS y,
    min(c.lon) AS lon,
    min(c.lat) AS lat,
    arg_max(n.bailleur, n.logements) FILTER (WHERE n.bailleur IS NOT NULL) AS bailleur,
    count(DISTINCT n.adresse_recherche) AS nb_adresses,
    min(c.etendue_m) AS etendue_m,
    coalesce(sum(n.logements) FILTER (WHERE pr.position = 'absente'), 0) AS logements_sans_coordonnees,
    coalesce(sum(n.logements) FILTER (WHERE pr.position = 'hors commune'), 0) AS logements_hors_commune
FROM rpls_point_norm n
JOIN rpls_point_residence pr USING (point_id)
JOIN rpls_residence_calc c USING (residence_no)
JOIN rpls_residence_id i USING (residence_no)
LEFT JOIN rpls_import_communes m ON m.depcom = i.depcom
LEFT JOIN residence_adresse a ON a.millesime = CAST(getvariable('rpls_millesime') AS SMALLINT)
                             AND a.residence_id = i.residence_id AND a.principale
GROUP BY i.residence_id, i.depcom;

INSERT INTO residence_correspondance BY NAME
SELECT * FROM rpls_correspondance;
