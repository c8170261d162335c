package fr.dijon.observatoire.cli;

import java.time.YearMonth;
import java.util.Map;
import picocli.CommandLine.Mixin;

/**
 * A command on one month ({@code --periode AAAA-MM}, neither malformed nor in the future) that runs jobs: the
 * period is checked before anything starts, then the Spring wiring runs {@link #execute}.
 */
abstract class PeriodCommand extends ObservatoireCommand {

    @Mixin
    PeriodOption period;

    @Override
    public final Integer call() throws Exception {
        YearMonth month = period.month();
        try (AppContext app = AppContext.start(options(), Map.of())) {
            return execute(app, month);
        }
    }

    abstract int execute(AppContext app, YearMonth month) throws Exception;
}
