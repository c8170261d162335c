package fr.dijon.observatoire.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled demonstration inputs for Dijon Métropole, generated deterministically: the same seed always
 * gives byte-identical files, so running the demo twice imports nothing new.
 */
public final class SampleInputs {

    public static final long SEED = 20_240_101L;
    /** The loi extract of Dijon Métropole, millésime 2024. */
    public static final String RPLS_LOI_FILE = "rpls2024_dijon_metropole_loi.csv";
    /** The loi extract of the year before: the same estates, less the buildings let for the first time in 2023. */
    public static final String RPLS_LOI_PREVIOUS_FILE = "rpls2023_dijon_metropole_loi.csv";

    private SampleInputs() {
    }

    /**
     * Writes the sample files into {@code dir} and returns the inputs of one month, in order: the RPLS 2024
     * (loi variant), the OPS 2022 and 2024 surveys, and 24 months of partner counts ending with {@code lastMonth}.
     * The public RPLS variant is written too, for comparison, and the loi extract of 2023 (see {@link #demo}).
     */
    public static List<Path> writeAll(Path dir, Path referenceDir, Path jobsDir, YearMonth lastMonth)
            throws IOException {
        Files.createDirectories(dir);
        RplsSampleGenerator rpls = new RplsSampleGenerator(referenceDir);
        Path loi = dir.resolve(RPLS_LOI_FILE);
        Path publique = dir.resolve("rpls2024_dijon_metropole_public.csv");
        rpls.write(loi, RplsVariant.LOI, RplsSampleGenerator.DEFAULT_DWELLINGS, SEED, StandardCharsets.UTF_8);
        rpls.write(publique, RplsVariant.PUBLIQUE, RplsSampleGenerator.DEFAULT_DWELLINGS, SEED, StandardCharsets.UTF_8);
        Path previous = dir.resolve(RPLS_LOI_PREVIOUS_FILE);
        rpls.write(previous, RplsVariant.LOI, RplsSampleGenerator.MILLESIME - 1, RplsSampleGenerator.DEFAULT_DWELLINGS,
                SEED, StandardCharsets.UTF_8);
        List<Path> inputs = new ArrayList<>(List.of(loi));
        OpsSampleGenerator ops = new OpsSampleGenerator(referenceDir);
        for (int year : new int[] {2022, 2024}) {
            Path file = dir.resolve("ops" + year + "_dijon_metropole.csv");
            ops.write(loi, file, year, SEED);
            inputs.add(file);
        }
        inputs.addAll(new PartnerCountSampleGenerator(jobsDir).write(dir.resolve("partenaires"), lastMonth, SEED));
        return inputs;
    }

    /**
     * Writes the sample files and returns those the demo imports: the RPLS 2023 first, then {@link #writeAll}'s. From
     * 2023 to 2024 new programmes enter the stock and some estates gain a building: their residences keep their
     * identifier, and the evolution indicators compare the two millésimes.
     */
    public static List<Path> demo(Path dir, Path referenceDir, Path jobsDir, YearMonth lastMonth) throws IOException {
        List<Path> inputs = new ArrayList<>(writeAll(dir, referenceDir, jobsDir, lastMonth));
        inputs.add(0, dir.resolve(RPLS_LOI_PREVIOUS_FILE));
        return inputs;
    }
}
