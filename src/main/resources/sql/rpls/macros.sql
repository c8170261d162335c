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
