package fr.dijon.observatoire.sample;

import fr.dijon.observatoire.reference.ReferenceCsv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * Generates 24 monthly partner-count files ({@code partenaires_AAAA-MM.csv}) for the catalogue, ending with
 * {@code lastMonth}: winter peaks, a partner (SIAO21) late one month and catching up the next, the outreach
 * team missing from the last month, and one revised value. Even months are UTF-8 with ';', odd months
 * Windows-1252 with ',' — as partners really send them.
 */
public final class PartnerCountSampleGenerator {

    public static final String EPCI = "242100410";
    public static final int MONTHS = 24;

    private record Indicator(String code, String partner, boolean monthly, double target) {
    }

    private final Path jobsDir;

    public PartnerCountSampleGenerator(Path jobsDir) {
        this.jobsDir = jobsDir;
    }

    public List<Path> write(Path dir, YearMonth lastMonth, long seed) throws IOException {
        List<Indicator> catalogue = catalogue();
        Files.createDirectories(dir);
        YearMonth first = lastMonth.minusMonths(MONTHS - 1);
        YearMonth late = lastMonth.minusMonths(3);
        List<Path> files = new ArrayList<>();
        List<String> carried = new ArrayList<>();
        for (int rank = 0; rank < MONTHS; rank++) {
            YearMonth month = first.plusMonths(rank);
            SeededRandom r = new SeededRandom(SeededRandom.derive(seed, month.getYear() * 100L + month.getMonthValue()));
            List<String> rows = new ArrayList<>(carried);
            carried.clear();
            for (Indicator i : catalogue) {
                if (!i.monthly() && month.getMonthValue() != 12) {
                    continue;
                }
                double value = i.monthly() ? PartnerSeries.value(i.code(), month, rank, i.target(), r)
                        : PartnerSeries.annual(i.code(), month.getYear(), r);
                String row = month + ";" + i.partner() + ";" + i.code() + ";" + EPCI + ";" + number(value) + ";";
                if (month.equals(late) && i.partner().equals("SIAO21")) {
                    carried.add(row + "transmis en retard");
                } else if (month.equals(lastMonth) && i.partner().equals("MARAUDE")) {
                    continue;
                } else {
                    rows.add(row);
                }
            }
            if (month.equals(lastMonth)) {
                SeededRandom previous = new SeededRandom(SeededRandom.derive(seed,
                        month.minusMonths(1).getYear() * 100L + month.minusMonths(1).getMonthValue()));
                double revised = PartnerSeries.value("demandes_115", month.minusMonths(1), rank - 1, Double.NaN, previous) + 37;
                rows.add(month.minusMonths(1) + ";SIAO21;demandes_115;" + EPCI + ";" + number(revised)
                        + ";révision : appels du dernier week-end ajoutés");
            }
            files.add(writeMonth(dir, month, rows, rank % 2 == 0));
        }
        return files;
    }

    private Path writeMonth(Path dir, YearMonth month, List<String> rows, boolean utf8) throws IOException {
        Path file = dir.resolve("partenaires_" + month + ".csv");
        Charset charset = utf8 ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        String separator = utf8 ? ";" : ",";
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), charset))) {
            if (utf8) {
                w.write('\uFEFF');
            }
            w.write(String.join(separator, "periode", "partenaire", "indicateur", "territoire", "valeur", "commentaire"));
            w.write("\r\n");
            for (String row : rows) {
                String line = utf8 ? row : toComma(row);
                w.write(line);
                w.write("\r\n");
            }
        }
        return file;
    }

    /** Rewrites a ';' row with ',' separators, quoting the decimal value and the comment. */
    private static String toComma(String row) {
        String[] f = row.split(";", -1);
        return String.join(",", f[0], f[1], f[2], f[3], "\"" + f[4] + "\"", f[5].isEmpty() ? "" : "\"" + f[5] + "\"");
    }

    private static String number(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return Double.toString(value).replace('.', ',');
    }

    private List<Indicator> catalogue() throws IOException {
        List<Indicator> indicators = new ArrayList<>();
        for (CSVRecord r : ReferenceCsv.read(jobsDir.resolve("catalogue-indicateurs.csv"))) {
            String target = r.get("objectif_annuel").strip();
            indicators.add(new Indicator(r.get("code"), r.get("partenaires").split("\\|")[0],
                    "mensuelle".equals(r.get("periodicite")), target.isEmpty() ? Double.NaN : Double.parseDouble(target)));
        }
        return indicators;
    }
}
