-- Normalises the valid staging rows into rpls_logement, one row per dwelling.
-- Sentinels are not values: LOYERPRINC/LOYERMAXAPL/LOYERMAXCUS 9999 and LOYERACC 999 become NULL,
-- a DPE dated 1900 means "no DPE". The residence key is documented in the README.
INSERT INTO rpls_logement BY NAME
WITH typed AS (
    SELECT
        CAST(getvariable('rpls_millesime') AS SMALLINT) AS millesime,
        trim(depcom) AS depcom,
        CASE WHEN trim(depcom) LIKE '97%' THEN substr(trim(depcom), 1, 3) ELSE substr(trim(depcom), 1, 2) END AS dep,
        nullif(trim(libcom), '') AS libcom,
        nullif(ltrim(trim(numvoie), '0'), '') AS numvoie,
        nullif(upper(trim(indrep)), '') AS indrep,
        nullif(upper(trim(typvoie)), '') AS typvoie,
        nullif(trim(nomvoie), '') AS nomvoie,
        nullif(trim(complgeo), '') AS complgeo,
        nullif(trim(lieudit), '') AS lieudit,
        nullif(trim(immeu), '') AS immeu,
        upper(nullif(trim(qpv), '')) AS qpv_brut,
        upper(nullif(trim(plg_qp), '')) AS plg_qp,
        upper(left(nullif(trim(typeconst), ''), 1)) AS typeconst,
        TRY_CAST(trim(nbpiece) AS SMALLINT) AS nbpiece,
        fr_decimal(surfhab) AS surfhab,
        rpls_year(construct) AS construct,
        rpls_year(locat) AS locat,
        rpls_year(patrimoine) AS patrimoine,
        nullif(trim(finan), '') AS finan_code,
        nullif(trim(conv), '') AS conv,
        fr_date(datconv) AS datconv,
        fr_date(dpedate) AS dpe_date_brute,
        upper(nullif(trim(dpeenergie), '')) AS dpeenergie,
        upper(nullif(trim(dpeserre), '')) AS dpeserre,
        nullif(trim(pmr), '') AS pmr,
        nullif(trim(epsg), '') AS epsg,
        TRY_CAST(replace(nullif(trim(x), ''), ',', '.') AS DOUBLE) AS x,
        TRY_CAST(replace(nullif(trim(y), ''), ',', '.') AS DOUBLE) AS y,
        nullif(trim(ident_rep), '') AS ident_rep,
        nullif(trim(rs), '') AS bailleur,
        TRY_CAST(nullif(trim(mode), '') AS SMALLINT) AS mode,
        fr_date(bail) AS bail,
        TRY_CAST(nullif(trim(duree_vacance), '') AS INTEGER) AS duree_vacance,
        fr_decimal(loyerprinc) AS loyerprinc,
        fr_decimal(loyeracc) AS loyeracc,
        fr_decimal(loyermaxapl) AS loyermaxapl,
        fr_decimal(loyermaxcus) AS loyermaxcus
    FROM rpls_stg_controle
    WHERE depcom_ok AND nbpiece_ok AND surfhab_ok
),
located AS (
    SELECT t.*,
        CASE WHEN regexp_matches(coalesce(qpv_brut, ''), '^Q[A-Z]?[0-9]') THEN qpv_brut
             WHEN regexp_matches(coalesce(plg_qp, ''), '^Q[A-Z]?[0-9]') THEN plg_qp END AS qpv_code,
        coalesce(immeu, CASE WHEN regexp_matches(norm_txt(complgeo),
            '^(RESIDENCE|RES|CITE|DOMAINE|GROUPE|HAMEAU|ENSEMBLE|PARC|TOUR|IMMEUBLE) ') THEN complgeo END) AS programme,
        coalesce(tv.libelle, norm_txt(t.typvoie)) AS typvoie_norm,
        coalesce(tv.affiche, lower(t.typvoie)) AS typvoie_affiche
    FROM typed t
    LEFT JOIN ref_type_voie tv ON tv.abreviation = norm_txt(t.typvoie)
),
keyed AS (
    SELECT l.*,
        CASE WHEN programme IS NOT NULL THEN 'programme'
             WHEN norm_txt(nomvoie) <> '' THEN 'adresse'
             WHEN x IS NOT NULL AND y IS NOT NULL THEN 'coordonnées'
             ELSE 'commune' END AS residence_methode,
        CASE WHEN programme IS NOT NULL
                  THEN 'P|' || regexp_replace(norm_txt(programme), '^(RESIDENCE|RES|IMMEUBLE|GROUPE) ', '')
             WHEN norm_txt(nomvoie) <> ''
                  THEN 'A|' || coalesce(norm_txt(numvoie), '') || '|' || left(coalesce(norm_txt(indrep), ''), 1)
                       || '|' || typvoie_norm || '|' || norm_txt(nomvoie)
             WHEN x IS NOT NULL AND y IS NOT NULL
                  THEN 'XY|' || CAST(round(x / 25) AS BIGINT) || '|' || CAST(round(y / 25) AS BIGINT)
             ELSE 'C|' END AS residence_cle
    FROM located l
)
SELECT
    millesime, dep, depcom, libcom, numvoie, indrep, typvoie, nomvoie, complgeo, lieudit, programme,
    qpv_code,
    (qpv_code IS NOT NULL OR coalesce(qpv_brut = '1', false)) AS en_qpv,
    typeconst, nbpiece, surfhab, construct, locat, patrimoine,
    k.finan_code,
    coalesce(f.finan_groupe,
             CASE WHEN upper(k.finan_code) LIKE '%PLAI%' THEN 'PLAI'
                  WHEN upper(k.finan_code) LIKE '%PLUS%' THEN 'PLUS'
                  WHEN upper(k.finan_code) LIKE '%PLS%' THEN 'PLS'
                  WHEN upper(k.finan_code) LIKE '%PLI%' THEN 'PLI'
                  ELSE 'autre' END) AS finan_groupe,
    coalesce(f.avant_1977, false) AS finan_avant_1977,
    CASE conv WHEN '1' THEN true WHEN '2' THEN false WHEN '0' THEN false END AS conventionne,
    datconv,
    CASE WHEN year(dpe_date_brute) > 1900 THEN dpe_date_brute END AS dpe_date,
    CASE WHEN year(dpe_date_brute) > 1900 AND dpeenergie IN ('A','B','C','D','E','F','G') THEN dpeenergie END AS dpeenergie,
    CASE WHEN year(dpe_date_brute) > 1900 AND dpeserre IN ('A','B','C','D','E','F','G') THEN dpeserre END AS dpeserre,
    CASE pmr WHEN '1' THEN true WHEN '2' THEN false END AS pmr,
    epsg, x, y, ident_rep, bailleur, mode, bail, duree_vacance,
    CASE WHEN loyerprinc = 9999 THEN NULL ELSE loyerprinc END AS loyerprinc,
    CASE WHEN loyeracc = 999 THEN NULL ELSE loyeracc END AS loyeracc,
    CASE WHEN loyermaxapl = 9999 THEN NULL ELSE loyermaxapl END AS loyermaxapl,
    CASE WHEN loyermaxcus = 9999 THEN NULL ELSE loyermaxcus END AS loyermaxcus,
    depcom || '-' || left(md5(depcom || '|' || residence_cle), 10) AS residence_id,
    residence_methode,
    coalesce(nullif(concat_ws(' ', nullif(concat(numvoie, coalesce(lower(indrep), '')), ''), typvoie_affiche, nomvoie), ''),
             programme, lieudit, 'adresse inconnue') AS adresse,
    getvariable('rpls_sha256') AS import_sha256
FROM keyed k
LEFT JOIN ref_financement f ON f.finan_code = k.finan_code
