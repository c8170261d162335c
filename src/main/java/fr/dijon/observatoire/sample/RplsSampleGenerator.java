package fr.dijon.observatoire.sample;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Generates a synthetic RPLS 2024 file for Dijon Métropole (EPCI 242100410): no residence-level
 * social housing data is public, so this produces a realistic stand-in in the exact SDES layout,
 * ';'-separated, CRLF, UTF-8 with BOM by default.
 *
 * <p>About 1 000 to 2 000 buildings across the 23 communes, 27 % of dwellings in the 6 QPV (placed
 * inside their polygons), financing consistent with construction years, realistic DPE, occupancy
 * and rents. The same seed and parameters always give a byte-identical file. Rows are streamed to
 * disk; only the building list is kept in memory.
 *
 * <p>An earlier millésime is the same plan without the buildings that entered the stock since: whole new
 * programmes, and the extensions of older estates (an estate then gains a building from one millésime to the
 * next, and keeps its other buildings, dwellings and IDENT_REP).
 *
 * <p>Reference data (commune and QPV polygons, commune list) is read from {@code referenceDir},
 * by default {@code reference-data} in the working directory.
 */
public final class RplsSampleGenerator {

    /** The millésime generated: the stock at 1 January 2024. */
    public static final int MILLESIME = 2024;
    public static final Path DEFAULT_REFERENCE_DIR = Path.of("reference-data");
    public static final int DEFAULT_DWELLINGS = 25_000;

    private final Path referenceDir;

    public RplsSampleGenerator(Path referenceDir) {
        this.referenceDir = referenceDir;
    }

    /** Writes the Dijon sample in UTF-8 with BOM, reading reference data from {@code reference-data}. */
    public static RplsGenerationSummary writeDijon(Path out, RplsVariant variant, int dwellings, long seed)
            throws IOException {
        return new RplsSampleGenerator(DEFAULT_REFERENCE_DIR).write(out, variant, dwellings, seed, StandardCharsets.UTF_8);
    }

    /**
     * Writes the Dijon sample, millésime {@link #MILLESIME}.
     *
     * @param dwellings number of dwelling rows (at least 276)
     * @param charset   UTF-8 (written with a BOM) or windows-1252 (no BOM)
     */
    public RplsGenerationSummary write(Path out, RplsVariant variant, int dwellings, long seed, Charset charset)
            throws IOException {
        return write(out, variant, MILLESIME, dwellings, seed, charset);
    }

    /**
     * Writes the Dijon sample of {@code millesime} (at most {@link #MILLESIME}): the stock of {@link #MILLESIME}
     * planned with {@code dwellings} dwellings, less the buildings let for the first time since 1 January
     * {@code millesime}.
     */
    public RplsGenerationSummary write(Path out, RplsVariant variant, int millesime, int dwellings, long seed,
                                       Charset charset) throws IOException {
        if (millesime > MILLESIME) {
            throw new IllegalArgumentException("Millésime au plus " + MILLESIME + " : " + millesime);
        }
        DijonTerritory territory = DijonTerritory.load(referenceDir, seed);
        DijonResidencePlanner planner = new DijonResidencePlanner(territory, MILLESIME);
        try (RplsCsvWriter csv = new RplsCsvWriter(out, variant, charset)) {
            DwellingWriter writer = new DwellingWriter(csv, variant, millesime, seed);
            for (Residence residence : planner.plan(dwellings, seed)) {
                if (residence.programme().patrimonyYear() < millesime) {
                    writer.write(residence);
                } else {
                    writer.skip(residence);
                }
            }
            return new RplsGenerationSummary(out, csv.rows(), writer.residences(), writer.qpvRows());
        }
    }
}
