-- Normalises the valid staging rows into rpls_logement, one row per dwelling.
-- Sentinels are not values: LOYERPRINC/LOYERMAXAPL/LOYERMAXCUS 9999 and LOYERACC 999 become NULL,
-- a DPE dated 1900 means "no DPE". The fields of the dwelling's point (address, programme, QPV, coordinates,
-- landlord, display address, residence) come from rpls_point_final, worked out once per point, not once per
-- dwelling; the residence is NULL for the rows the other variant shadows.
INSERT INTO rpls_logement BY NAME
WITH typed AS (
    SELECT
        CAST(getvariable('rpls_millesime') AS SMALLINT) AS millesime,
        getvariable('rpls_variante') AS variante,
        nullif(trim(reg), '') AS reg,
        trim(depcom) AS depcom,
        nullif(trim(libcom), '') AS libcom,
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
        nullif(trim(ident_rep), '') AS ident_rep,
        TRY_CAST(nullif(trim(mode), '') AS SMALLINT) AS mode,
        fr_date(bail) AS bail,
        TRY_CAST(nullif(trim(duree_vacance), '') AS INTEGER) AS duree_vacance,
        fr_decimal(loyerprinc) AS loyerprinc,
        fr_decimal(loyeracc) AS loyeracc,
        fr_decimal(loyermaxapl) AS loyermaxapl,
        fr_decimal(loyermaxcus) AS loyermaxcus,
        rpls_point_cle(depcom, numvoie, indrep, typvoie, nomvoie, complgeo, lieudit, immeu, qpv, plg_qp, x, y,
                       ident_org, rs) AS point_cle
    FROM rpls_valides
)
SELECT
    r.millesime,
    r.variante,
    r.reg,
    CASE WHEN r.depcom LIKE '97%' THEN substr(r.depcom, 1, 3) ELSE substr(r.depcom, 1, 2) END AS dep,
    r.depcom, r.libcom, k.numvoie, k.indrep, k.typvoie, k.nomvoie, k.complgeo, k.lieudit, k.programme,
    k.qpv_code,
    k.en_qpv,
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
    r.epsg, k.x, k.y, r.ident_rep, k.ident_org, k.bailleur, r.mode, r.bail, r.duree_vacance,
    CASE WHEN r.loyerprinc = 9999 THEN NULL ELSE r.loyerprinc END AS loyerprinc,
    CASE WHEN r.loyeracc = 999 THEN NULL ELSE r.loyeracc END AS loyeracc,
    CASE WHEN r.loyermaxapl = 9999 THEN NULL ELSE r.loyermaxapl END AS loyermaxapl,
    CASE WHEN r.loyermaxcus = 9999 THEN NULL ELSE r.loyermaxcus END AS loyermaxcus,
    k.residence_id,
    k.residence_methode,
    k.adresse,
    getvariable('rpls_sha256') AS import_sha256
FROM typed r
JOIN rpls_point_final k USING (point_cle)
LEFT JOIN ref_financement f ON f.finan_code = r.finan_code
