-- Normalises the valid staging rows into rpls_logement, one row per dwelling.
-- Sentinels are not values: LOYERPRINC/LOYERMAXAPL/LOYERMAXCUS 9999 and LOYERACC 999 become NULL,
-- a DPE dated 1900 means "no DPE". The residence key (documented in the README) is computed once per distinct
-- address, not once per dwelling.
INSERT INTO rpls_logement BY NAME
WITH typed AS (
    SELECT
        CAST(getvariable('rpls_millesime') AS SMALLINT) AS millesime,
        getvariable('rpls_variante') AS variante,
        nullif(trim(reg), '') AS reg,
        trim(depcom) AS depcom,
        nullif(trim(libcom), '') AS libcom,
        nullif(ltrim(trim(numvoie), '0'), '') AS numvoie,
        nullif(upper(trim(indrep)), '') AS indrep,
        nullif(upper(trim(typvoie)), '') AS typvoie,
        nullif(trim(nomvoie), '') AS nomvoie,
        nullif(trim(complgeo), '') AS complgeo,
        nullif(trim(lieudit), '') AS lieudit,
        nullif(trim(immeu), '') AS immeu,
        CASE WHEN upper(trim(qpv)) LIKE 'Q_%' AND trim(qpv)[2:2] <> ' ' THEN upper(trim(qpv))
             WHEN upper(trim(plg_qp)) LIKE 'Q_%' THEN upper(trim(plg_qp)) END AS qpv_code,
        trim(qpv) = '1' AS qpv_oui,
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
        nullif(trim(ident_org), '') AS ident_org,
        nullif(trim(rs), '') AS bailleur,
        TRY_CAST(nullif(trim(mode), '') AS SMALLINT) AS mode,
        fr_date(bail) AS bail,
        TRY_CAST(nullif(trim(duree_vacance), '') AS INTEGER) AS duree_vacance,
        fr_decimal(loyerprinc) AS loyerprinc,
        fr_decimal(loyeracc) AS loyeracc,
        fr_decimal(loyermaxapl) AS loyermaxapl,
        fr_decimal(loyermaxcus) AS loyermaxcus
    FROM rpls_valides
),
keyed_rows AS (
    SELECT t.*,
        concat_ws(chr(31), depcom, numvoie, indrep, typvoie, nomvoie, complgeo, lieudit, immeu) AS adresse_brute
    FROM typed t
),
addresses AS (
    SELECT DISTINCT adresse_brute, depcom, numvoie, indrep, typvoie, nomvoie, complgeo, lieudit, immeu
    FROM keyed_rows
),
normalised AS (
    SELECT a.*,
        coalesce(a.immeu, CASE WHEN regexp_matches(norm_txt(a.complgeo),
            '^(RESIDENCE|RES|CITE|DOMAINE|GROUPE|HAMEAU|ENSEMBLE|PARC|TOUR|IMMEUBLE) ') THEN a.complgeo END) AS programme,
        coalesce(tv.libelle, norm_txt(a.typvoie)) AS typvoie_norm,
        coalesce(tv.affiche, lower(a.typvoie)) AS typvoie_affiche,
        norm_txt(a.nomvoie) AS nomvoie_norm
    FROM addresses a
    LEFT JOIN ref_type_voie tv ON tv.abreviation = norm_txt(a.typvoie)
),
address_keys AS (
    SELECT adresse_brute, programme, depcom,
        CASE WHEN programme IS NOT NULL THEN 'programme'
             WHEN nomvoie_norm <> '' THEN 'adresse' END AS residence_methode,
        CASE WHEN programme IS NOT NULL
                  THEN 'P|' || regexp_replace(norm_txt(programme), '^(RESIDENCE|RES|IMMEUBLE|GROUPE) ', '')
             WHEN nomvoie_norm <> ''
                  THEN 'A|' || coalesce(norm_txt(numvoie), '') || '|' || left(coalesce(norm_txt(indrep), ''), 1)
                       || '|' || typvoie_norm || '|' || nomvoie_norm END AS residence_cle,
        coalesce(nullif(concat_ws(' ', nullif(concat(numvoie, coalesce(lower(indrep), '')), ''), typvoie_affiche, nomvoie), ''),
                 programme, lieudit, 'adresse inconnue') AS adresse
    FROM normalised
),
address_ids AS (
    SELECT *, depcom || '-' || left(md5(depcom || '|' || residence_cle), 10) AS residence_id_adresse
    FROM address_keys
)
SELECT
    r.millesime,
    r.variante,
    r.reg,
    CASE WHEN r.depcom LIKE '97%' THEN substr(r.depcom, 1, 3) ELSE substr(r.depcom, 1, 2) END AS dep,
    r.depcom, r.libcom, r.numvoie, r.indrep, r.typvoie, r.nomvoie, r.complgeo, r.lieudit, k.programme,
    r.qpv_code,
    r.qpv_code IS NOT NULL OR coalesce(r.qpv_oui, false) AS en_qpv,
    r.typeconst, r.nbpiece, r.surfhab, r.construct, r.locat, r.patrimoine,
    r.finan_code,
    coalesce(f.finan_groupe,
             CASE WHEN upper(r.finan_code) LIKE '%PLAI%' THEN 'PLAI'
                  WHEN upper(r.finan_code) LIKE '%PLUS%' THEN 'PLUS'
                  WHEN upper(r.finan_code) LIKE '%PLS%' THEN 'PLS'
                  WHEN upper(r.finan_code) LIKE '%PLI%' THEN 'PLI'
                  ELSE 'autre' END) AS finan_groupe,
    coalesce(f.avant_1977, false) AS finan_avant_1977,
    CASE r.conv WHEN '1' THEN true WHEN '2' THEN false WHEN '0' THEN false END AS conventionne,
    r.datconv,
    CASE WHEN r.dpe_date_brute > DATE '1900-12-31' THEN r.dpe_date_brute END AS dpe_date,
    CASE WHEN r.dpe_date_brute > DATE '1900-12-31' AND r.dpeenergie BETWEEN 'A' AND 'G' AND length(r.dpeenergie) = 1
         THEN r.dpeenergie END AS dpeenergie,
    CASE WHEN r.dpe_date_brute > DATE '1900-12-31' AND r.dpeserre BETWEEN 'A' AND 'G' AND length(r.dpeserre) = 1
         THEN r.dpeserre END AS dpeserre,
    CASE r.pmr WHEN '1' THEN true WHEN '2' THEN false END AS pmr,
    r.epsg, r.x, r.y, r.ident_rep, r.ident_org, r.bailleur, r.mode, r.bail, r.duree_vacance,
    CASE WHEN r.loyerprinc = 9999 THEN NULL ELSE r.loyerprinc END AS loyerprinc,
    CASE WHEN r.loyeracc = 999 THEN NULL ELSE r.loyeracc END AS loyeracc,
    CASE WHEN r.loyermaxapl = 9999 THEN NULL ELSE r.loyermaxapl END AS loyermaxapl,
    CASE WHEN r.loyermaxcus = 9999 THEN NULL ELSE r.loyermaxcus END AS loyermaxcus,
    CASE WHEN k.residence_cle IS NOT NULL THEN k.residence_id_adresse
         ELSE r.depcom || '-' || left(md5(r.depcom || '|' || CASE WHEN r.x IS NOT NULL AND r.y IS NOT NULL
              THEN 'XY|' || CAST(round(r.x / 25) AS BIGINT) || '|' || CAST(round(r.y / 25) AS BIGINT)
              ELSE 'C|' END), 10) END AS residence_id,
    coalesce(k.residence_methode, CASE WHEN r.x IS NOT NULL AND r.y IS NOT NULL THEN 'coordonnées' ELSE 'commune' END)
        AS residence_methode,
    k.adresse,
    getvariable('rpls_sha256') AS import_sha256
FROM keyed_rows r
JOIN address_ids k USING (adresse_brute)
LEFT JOIN ref_financement f ON f.finan_code = r.finan_code
