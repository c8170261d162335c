package fr.dijon.observatoire.benchmark;

import java.util.Map;

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

    public String toJson(String date) {
        StringBuilder stages = new StringBuilder("{");
        importStages.forEach((k, v) -> stages.append(stages.length() > 1 ? "," : "").append('"').append(k)
                .append("\":").append(round(v)));
        stages.append('}');
        return "{\"date\":\"" + date + "\",\"lignes\":" + rows + ",\"colonnes\":" + columns + ",\"encodage\":\"" + encoding
                + "\",\"taille_fichier_octets\":" + fileBytes + ",\"generation_s\":" + round(generationSeconds)
                + ",\"read_csv_s\":" + round(readCsvSeconds) + ",\"read_csv_lignes_s\":" + Math.round(readCsvRowsPerSecond())
                + ",\"import_s\":" + round(importSeconds) + ",\"import_lignes_s\":" + Math.round(importRowsPerSecond())
                + ",\"ratio_import_read_csv\":" + round(ratio()) + ",\"etapes_import_s\":" + stages
                + ",\"indicateurs_s\":" + round(indicatorsSeconds) + ",\"tas_java_max_octets\":" + heapPeakBytes
                + ",\"tas_java_limite_octets\":" + heapMaxBytes + ",\"base_duckdb_octets\":" + databaseBytes
                + ",\"coeurs\":" + Runtime.getRuntime().availableProcessors() + "}";
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
