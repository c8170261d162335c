/**
 * Deterministic synthetic RPLS files in the SDES "2023+" layout (public: 73 columns; "version loi":
 * 84 columns), ';'-separated, CRLF, UTF-8 with BOM or windows-1252. Plain Java, no Spring.
 *
 * <p>Entry points: {@link fr.dijon.observatoire.sample.RplsSampleGenerator} (Dijon Métropole, from
 * the reference data folder) and {@link fr.dijon.observatoire.sample.NationalRplsGenerator} (about
 * 100 synthetic départements, for volume tests). Both stream rows to disk and give byte-identical
 * files for the same seed and parameters.
 *
 * <p>What is real: commune codes, names and polygons of Dijon Métropole, QPV 2024 codes, names and
 * polygons, IRIS codes of the larger communes, column names and the main code lists (FINAN,
 * TYPECONST, CONV, sentinels 9999 / 999 / 01/1900), zone II APL ceilings used to calibrate rents.
 * What is invented but plausible: every dwelling, address, position within the polygons, IRIS
 * layout (Voronoi of random seeds), programme names, landlord shares and SIREN-like numbers, the
 * labels of DROIT, ORIGINE, NEWLOGT, CODSEGPATRIM, PMR, the geocoding quality codes, the urban unit,
 * attraction area and employment zone codes, and in the national sample all communes, QPV and
 * landlords apart from the prefecture names.
 */
package fr.dijon.observatoire.sample;
