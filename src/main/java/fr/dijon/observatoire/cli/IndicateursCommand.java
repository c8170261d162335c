package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.batch.IndicatorsService;
import fr.dijon.observatoire.indicators.IndicatorSummary;
import java.sql.Connection;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code observatoire indicateurs --periode AAAA-MM}: computes the indicators and their marts. */
@Command(name = "indicateurs", header = "Calcule les indicateurs d'une période, sous secret statistique.",
        description = "Calcule les indicateurs de la période (modèles SQL de jobs/models), applique le secret "
        + "statistique et publie les tables « mart_* » que lisent l'atlas et le pack.")
public class IndicateursCommand extends PeriodCommand {

    @Option(names = "--recalculer", description = "Recalcule la période même si sa publication est à jour ; la "
        + "version précédente reste dans l'historique des publications.")
    boolean recompute;

    @Override
    int execute(AppContext app, YearMonth month) throws Exception {
        return run(app, month, recompute);
    }

    static int run(AppContext app, YearMonth month) throws Exception {
        return run(app, month, false);
    }

    static int run(AppContext app, YearMonth month, boolean recompute) throws Exception {
        IndicatorsService.Outcome outcome = app.bean(IndicatorsService.class).compute(month, recompute);
        if (outcome.status() != BatchStatus.COMPLETED) {
            return ExitCodes.failed("du calcul des indicateurs pour " + month, outcome.failure(),
                    "Corrigez la cause puis relancez la même commande : le calcul reprendra à l'étape en échec.");
        }
        System.out.println(outcome.alreadyUpToDate()
                ? "Indicateurs de " + month + " déjà à jour (mêmes fichiers, même méthode) : rien à recalculer "
                        + "(--recalculer pour forcer)."
                : "Indicateurs de " + month + " calculés et publiés.");
        try (Connection c = app.bean(DataSource.class).getConnection()) {
            IndicatorSummary.lines(c, month.toString()).forEach(line -> System.out.println("  " + line));
        }
        return ExitCodes.OK;
    }
}
