package fr.dijon.observatoire.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of one benchmark run: (a) the bare DuckDB {@code read_csv}, (b) the project's full RPLS import,
 * (c) the indicators over the whole stock, with the peak Java heap and the DuckDB file size.
 */
public record BenchmarkResult(long rows, String encoding, int columns, long fileBytes, double generationSeconds,
                              double readCsvSeconds, double importSeconds, Map<String, Double> importStages,
                              double indicatorsSeconds, long heapPeakBytes, long heapMaxBytes, long databaseBytes) {

    public double readCsvRowsPerSecond() {
        return rows / readCsvSeconds;
    }

    public double importRowsPerSecond() {
        return rows / importSeconds;
    }

    public double indicatorsRowsPerSecond() {
        return rows / indicatorsSeconds;
    }

    /** (b) ÷ (a) in throughput: 1 means the import is as fast as a bare read_csv. */
    public double ratio() {
        return readCsvSeconds / importSeconds;
    }

    /** One line of benchmarks.jsonl, field names in French. */
    record JsonLine(String date, long lignes, int colonnes, String encodage, long tailleFichierOctets,
                    double generationS, double readCsvS, long readCsvLignesS, double importS, long importLignesS,
                    double ratioImportReadCsv, Map<String, Double> etapesImportS, double indicateursS,
                    long tasJavaMaxOctets, long tasJavaLimiteOctets, long baseDuckdbOctets, int coeurs) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    /** The figures as one JSON line (times in seconds to the millisecond, throughputs in rows per second). */
    public String toJson(String date) {
        Map<String, Double> stages = new LinkedHashMap<>();
        importStages.forEach((k, v) -> stages.put(k, round(v)));
        return JSON.writeValueAsString(new JsonLine(date, rows, columns, encoding, fileBytes, round(generationSeconds),
                round(readCsvSeconds), Math.round(readCsvRowsPerSecond()), round(importSeconds),
                Math.round(importRowsPerSecond()), round(ratio()), stages, round(indicatorsSeconds), heapPeakBytes,
                heapMaxBytes, databaseBytes, Runtime.getRuntime().availableProcessors()));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
