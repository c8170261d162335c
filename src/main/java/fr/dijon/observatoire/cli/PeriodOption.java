package fr.dijon.observatoire.cli;

import java.time.YearMonth;
import picocli.CommandLine.Option;

/** The required {@code --periode AAAA-MM} option of the commands that work on one month. */
public class PeriodOption {

    @Option(names = "--periode", required = true, paramLabel = "AAAA-MM", description = "Mois de référence, ex. 2026-10.")
    String period;

    YearMonth month() {
        return StatutCommand.parsePeriod(period);
    }
}
