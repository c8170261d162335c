package fr.dijon.observatoire.sample;

import fr.dijon.observatoire.reference.ReferenceCsv;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Groups the dwellings of a generated RPLS sample (loi variant) by address, in file order. */
final class OpsAddressReader {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private OpsAddressReader() {
    }

    static List<OpsAddress> read(Path rplsLoiFile, Path referenceDir, int surveyYear) throws IOException {
        Map<String, String> streetTypes = new HashMap<>();
        for (CSVRecord r : ReferenceCsv.read(referenceDir.resolve("types_voie.csv"))) {
            streetTypes.put(r.get("abreviation"), r.get("affiche"));
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String[]> places = new HashMap<>();
        LocalDate recentLimit = LocalDate.of(surveyYear - 2, 1, 1);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(rplsLoiFile, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            for (CSVRecord r : format.parse(reader)) {
                String number = r.get("NUMVOIE").replaceFirst("^0+", "") + r.get("INDREP").toLowerCase(java.util.Locale.ROOT);
                String type = streetTypes.getOrDefault(r.get("TYPVOIE"), r.get("TYPVOIE").toLowerCase(java.util.Locale.ROOT));
                String address = (number + " " + type + " " + r.get("NOMVOIE")).strip();
                String key = r.get("DEPCOM") + "|" + address;
                places.putIfAbsent(key, new String[] {r.get("DEPCOM"), address, r.get("QPV_CODE")});
                int[] c = counts.computeIfAbsent(key, k -> new int[5]);
                c[0]++;
                if ("1".equals(r.get("MODE"))) {
                    c[1]++;
                }
                String finan = r.get("FINAN_CODE");
                if (finan.equals("10") || finan.equals("11") || finan.startsWith("5")) {
                    c[2]++;
                }
                if (finan.equals("14") || finan.equals("15") || finan.equals("16") || finan.equals("17")) {
                    c[3]++;
                }
                String lease = r.get("BAIL");
                if (!lease.isBlank() && !LocalDate.parse(lease, FRENCH_DATE).isBefore(recentLimit)) {
                    c[4]++;
                }
            }
        }
        List<OpsAddress> addresses = new ArrayList<>();
        counts.forEach((key, c) -> {
            String[] p = places.get(key);
            addresses.add(new OpsAddress(p[0], p[1], !p[2].isBlank(), c[0], c[1], c[2], c[3], c[4]));
        });
        return addresses;
    }
}
