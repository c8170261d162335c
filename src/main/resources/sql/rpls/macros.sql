-- Text normalisation for address keys: upper case, no accents, œ → OE, punctuation → space.
CREATE OR REPLACE TEMP MACRO norm_txt(s) AS
    trim(regexp_replace(upper(strip_accents(replace(replace(replace(coalesce(s, ''), 'œ', 'oe'), 'Œ', 'OE'), '’', ' '))),
                        '[^A-Z0-9]+', ' ', 'g'));
-- Decimal with either comma or dot.
CREATE OR REPLACE TEMP MACRO fr_decimal(s) AS TRY_CAST(replace(nullif(trim(s), ''), ',', '.') AS DECIMAL(9,2));
-- Dates: dd/mm/yyyy (SDES files), mm/yyyy (DPEDATE) or ISO.
CREATE OR REPLACE TEMP MACRO fr_date(s) AS CAST(
    CASE WHEN length(s) = 10 AND s[3] = '/' THEN try_strptime(s, '%d/%m/%Y')
         WHEN length(s) = 7 AND s[3] = '/' THEN try_strptime('01/' || s, '%d/%m/%Y')
         WHEN length(s) = 10 AND s[5] = '-' THEN try_strptime(s, '%Y-%m-%d')
         WHEN nullif(trim(s), '') IS NOT NULL THEN coalesce(try_strptime(trim(s), '%d/%m/%Y'),
                                                             try_strptime('01/' || trim(s), '%d/%m/%Y'),
                                                             try_strptime(trim(s), '%Y-%m-%d')) END AS DATE);
-- A plausible year (construction, first letting, entry in the stock), else NULL.
CREATE OR REPLACE TEMP MACRO rpls_year(s) AS
    CASE WHEN TRY_CAST(nullif(trim(s), '') AS SMALLINT) BETWEEN 1700 AND 2100
         THEN TRY_CAST(nullif(trim(s), '') AS SMALLINT) END;
-- The key of a raw point: a hash of the fields of a row that decide its residence (address, programme fields, QPV,
-- coordinates, landlord), exactly as the file gives them. Rows with the same fields are at the same point; points.sql
-- checks that no two points share a key (else the import retries with another salt, rpls_sel).
CREATE OR REPLACE TEMP MACRO rpls_point_cle(depcom, numvoie, indrep, typvoie, nomvoie, complgeo, lieudit, immeu, qpv,
                                            plg_qp, x, y, ident_org, rs) AS
    hash(getvariable('rpls_sel'), depcom, numvoie, indrep, typvoie, nomvoie, complgeo, lieudit, immeu, qpv, plg_qp, x, y,
         ident_org, rs);

-- The search key of an address, shared by the residences' addresses (residence_adresse.adresse_recherche), the
-- linking of OPS rows and the atlas's search (published as mart_recherche_abreviation). In order:
--   1. upper case, accents removed, œ → OE, every other character than A–Z and 0–9 → space;
--   2. a number glued to a letter is split (« 12B » → « 12 B ») ;
--   3. a number followed by a repetition index keeps it glued: BIS → B, TER → T, QUATER → Q, QUINQUIES → C, or a
--      single letter A to H (« 12 bis » and « 12 B » → « 12B ») ; leading zeros of numbers are dropped;
--   4. each word is replaced by its full form: street types (ref_type_voie: AV → AVENUE, BD → BOULEVARD…) and
--      the abbreviations of ref_adresse_abreviation (ST → SAINT, GAL → GENERAL…); the little words DE, DU, DES,
--      LA, LE, LES, L, D, AU, AUX, ET are dropped.
-- « 23 av. du 14-Juillet », « 0023 AVENUE DU 14 JUILLET » → « 23 AVENUE 14 JUILLET ».
SET VARIABLE adresse_abreviations = (
    SELECT map(list(abreviation ORDER BY abreviation), list(forme ORDER BY abreviation))
    FROM (SELECT abreviation, arg_min(forme, rang) AS forme
          FROM (SELECT abreviation, libelle AS forme, 1 AS rang FROM ref_type_voie
                UNION ALL SELECT abreviation, forme, 2 FROM ref_adresse_abreviation)
          GROUP BY abreviation));

CREATE OR REPLACE TEMP MACRO adresse_indices(s) AS
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        ' ' || regexp_replace(regexp_replace(norm_txt(s), '([0-9])([A-Z])', '\1 \2', 'g'), '([A-Z])([0-9])', '\1 \2', 'g')
            || ' ',
        ' 0+([0-9])', ' \1', 'g'),
        ' ([0-9]+) BIS ', ' \1B ', 'g'),
        ' ([0-9]+) TER ', ' \1T ', 'g'),
        ' ([0-9]+) QUATER ', ' \1Q ', 'g'),
        ' ([0-9]+) QUINQUIES ', ' \1C ', 'g'),
        ' ([0-9]+) ([A-H]) ', ' \1\2 ', 'g');

CREATE OR REPLACE TEMP MACRO adresse_recherche(s) AS
    nullif(array_to_string(list_filter(
        list_transform(string_split(trim(adresse_indices(s)), ' '),
                       lambda w: coalesce(getvariable('adresse_abreviations')[w], w)),
        lambda w: w <> ''), ' '), '');
