package fr.dijon.observatoire.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates a synthetic national RPLS file (up to hundreds of millions of rows; the real one has
 * about 5.4 million) over 100 départements (01 to 95, 2A, 2B, 971 to 974), with the same columns
 * and value formats as the Dijon sample. Metropolitan coordinates are Lambert-93 around each
 * prefecture; overseas ones use the local UTM system (EPSG 5490, 2972, 2975) as the real file does.
 * Communes, QPV, streets and landlords are synthetic. No polygons are involved.
 *
 * <p>Rows are streamed: memory use does not depend on the row count. The same seed and parameters
 * give a byte-identical file.
 */
public final class NationalRplsGenerator {

    private static final int MIN_ROWS_PER_DEPARTEMENT = 10;

    private NationalRplsGenerator() {
    }

    /** Writes {@code rows} dwellings, public variant (73 columns). */
    public static RplsGenerationSummary write(Path out, long rows, Charset charset, long seed) throws IOException {
        return write(out, RplsVariant.PUBLIQUE, rows, charset, seed);
    }

    /**
     * Writes {@code rows} dwellings spread over the départements in proportion to their population
     * (Île-de-France and the North weighted up, as social housing is denser there).
     *
     * @param charset UTF-8 (written with a BOM) or windows-1252 (no BOM)
     */
    public static RplsGenerationSummary write(Path out, RplsVariant variant, long rows, Charset charset, long seed)
            throws IOException {
        if (rows < 1) {
            throw new IllegalArgumentException("Le nombre de lignes doit être positif : " + rows);
        }
        List<Departement> departements = DepartementCatalogue.all();
        double[] weights = new double[departements.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = departements.get(i).populationThousands() * socialHousingFactor(departements.get(i));
        }
        long minimum = rows >= (long) MIN_ROWS_PER_DEPARTEMENT * 200 ? MIN_ROWS_PER_DEPARTEMENT : 0;
        long[] quotas = Apportionment.largestRemainder(rows, weights, minimum);
        DepartementCentres centres = new DepartementCentres();
        QuotaFiller filler = new QuotaFiller(new ProgrammeFactory(RplsSampleGenerator.MILLESIME));
        try (RplsCsvWriter csv = new RplsCsvWriter(out, variant, charset)) {
            DwellingWriter writer = new DwellingWriter(csv, variant, RplsSampleGenerator.MILLESIME, seed);
            for (int i = 0; i < departements.size(); i++) {
                if (quotas[i] == 0) {
                    continue;
                }
                Departement departement = departements.get(i);
                DepartementSampler sampler = new DepartementSampler(departement, i, quotas[i],
                        centres.centre(departement), seed);
                sampler.generate(filler, residence -> {
                    try {
                        writer.write(residence);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return new RplsGenerationSummary(out, csv.rows(), writer.residences(), writer.qpvRows());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static double socialHousingFactor(Departement departement) {
        return switch (departement.regionCode()) {
            case "11" -> 1.6;
            case "32" -> 1.4;
            case "28" -> 1.2;
            case "44" -> 1.1;
            default -> 1.0;
        };
    }
}
