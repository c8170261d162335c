-- Observatoire schema, version 11: the indicator catalogue records, per indicator, whether it counts people in a
-- sensitive situation (statistical secrecy) and why.
ALTER TABLE ref_indicateur ADD COLUMN IF NOT EXISTS secret VARCHAR;        -- oui / non / base:<indicateur>
ALTER TABLE ref_indicateur ADD COLUMN IF NOT EXISTS motif_secret VARCHAR;
-- The catalogue is reloaded in full with the new columns.
DELETE FROM ref_source WHERE code = 'catalogue_indicateurs';
