package fr.dijon.observatoire.ingest;

import java.util.ArrayList;
import java.util.List;

/** The header line of a CSV file: its delimiter and its column names. */
public record HeaderLine(char delimiter, List<String> columns) {

    private static final char[] CANDIDATES = {';', ',', '\t', '|'};

    public static HeaderLine parse(String line) {
        String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
        char delimiter = ';';
        int best = -1;
        for (char candidate : CANDIDATES) {
            int count = split(text, candidate).size();
            if (count > best) {
                best = count;
                delimiter = candidate;
            }
        }
        List<String> columns = new ArrayList<>();
        for (String c : split(text, delimiter)) {
            columns.add(c.strip());
        }
        return new HeaderLine(delimiter, List.copyOf(columns));
    }

    /** Splits one CSV line on the delimiter, honouring double quotes ("" inside quotes is a quote). */
    public static List<String> split(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    public String delimiterLabel() {
        return switch (delimiter) {
            case ';' -> "point-virgule";
            case ',' -> "virgule";
            case '\t' -> "tabulation";
            default -> String.valueOf(delimiter);
        };
    }

    /** The first column name that appears twice (ignoring case and surrounding spaces), if any. */
    public java.util.Optional<String> duplicate() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String column : columns) {
            String key = column.strip().toLowerCase(java.util.Locale.ROOT);
            if (!key.isEmpty() && !seen.add(key)) {
                return java.util.Optional.of(column);
            }
        }
        return java.util.Optional.empty();
    }

    public int indexOfIgnoreCase(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
