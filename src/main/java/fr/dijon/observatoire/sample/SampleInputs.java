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

    private SampleInputs() {
    }

    /**
     * Writes the sample files into {@code dir} and returns those the demo imports, in order: the RPLS 2024
     * (loi variant), the OPS 2022 and 2024 surveys, and 24 months of partner counts ending with {@code lastMonth}.
     * The public RPLS variant is written too, for comparison, but not imported (it would replace the loi one).
     */
    public static List<Path> writeAll(Path dir, Path referenceDir, Path jobsDir, YearMonth lastMonth)
            throws IOException {
        Files.createDirectories(dir);
        RplsSampleGenerator rpls = new RplsSampleGenerator(referenceDir);
        Path loi = dir.resolve(RPLS_LOI_FILE);
        Path publique = dir.resolve("rpls2024_dijon_metropole_public.csv");
        rpls.write(loi, RplsVariant.LOI, RplsSampleGenerator.DEFAULT_DWELLINGS, SEED, StandardCharsets.UTF_8);
        rpls.write(publique, RplsVariant.PUBLIQUE, RplsSampleGenerator.DEFAULT_DWELLINGS, SEED, StandardCharsets.UTF_8);
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
}
