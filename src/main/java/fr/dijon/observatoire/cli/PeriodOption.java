package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.ingest.ImportRequestException;
import fr.dijon.observatoire.store.ParisTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/**
 * The required {@code --periode AAAA-MM} option of the commands that work on one month: a well-formed month that
 * is not in the future (Paris time), since nothing can be computed or published for it yet.
 */
public class PeriodOption {

    @Option(names = "--periode", required = true, paramLabel = "AAAA-MM", description = "Mois de référence, ex. 2026-10.")
    String period;

    YearMonth month() {
        YearMonth month = parse(period);
        YearMonth current = YearMonth.now(ParisTime.ZONE);
        if (month.isAfter(current)) {
            throw new ImportRequestException("période dans le futur : " + month + " (mois en cours : " + current
                    + ") ; indiquez un mois écoulé ou le mois en cours.");
        }
        return month;
    }

    static YearMonth parse(String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ImportRequestException("période invalide : « " + value
                    + " » (format attendu : AAAA-MM, ex. 2026-10)");
        }
    }
}
