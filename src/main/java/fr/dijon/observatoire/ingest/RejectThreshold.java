package fr.dijon.observatoire.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule that refuses a whole file: no data row, or more rejected rows than the tolerated share. Its default is
 * here, once, for every way a file comes in: the import command, the monthly run, the demo and the benchmark.
 */
public final class RejectThreshold {

    /** The default tolerated share, in percent, as {@code import --max-rejets} takes it. */
    public static final String DEFAULT_PERCENT = "1";

    /** The default tolerated share of the rows read (0.01 = 1 %). */
    public static final double DEFAULT_SHARE = Double.parseDouble(DEFAULT_PERCENT) / 100;

    private RejectThreshold() {
    }

    /** The French reason for refusing the file, or empty when it may be loaded. */
    public static Optional<String> refusal(long rejected, long read, double maxShare, Path rejectsFile) {
        if (read == 0) {
            return Optional.of("le fichier ne contient aucune ligne de données.");
        }
        if ((double) rejected / read <= maxShare) {
            return Optional.empty();
        }
        String threshold = new java.math.BigDecimal(Double.toString(maxShare * 100)).stripTrailingZeros()
                .toPlainString().replace('.', ',');
        return Optional.of(String.format(Locale.FRANCE,
                "trop de lignes rejetées : %d sur %d (%.1f %%), au-delà du seuil de %s %% (option --max-rejets). "
                        + "Rien n'a été chargé : corrigez les lignes listées dans %s, ou relevez le seuil.",
                rejected, read, 100.0 * rejected / read, threshold, rejectsFile));
    }
}
