package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.atlas.AtlasData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The metropolis's social housing stock against its département, its region and France (mart_comparaison_parc),
 * as the regional RPLS publications present it: one column per level the loaded RPLS covers, one row per figure.
 * Plain copies of the published values; dwelling counts of the public RPLS, not subject to secrecy.
 */
final class WiderStockTable {

    private static final Map<String, String> FINANCING = new LinkedHashMap<>();

    static {
        FINANCING.put("PLAI", "Financés en PLAI (très social)");
        FINANCING.put("PLUS", "Financés en PLUS (social)");
        FINANCING.put("PLS", "Financés en PLS (intermédiaire)");
        FINANCING.put("PLI", "Financés en PLI (intermédiaire)");
        FINANCING.put("avant 1977", "Financements HLM d'avant 1977");
        FINANCING.put("autre", "Autres financements");
    }

    private final List<AtlasData.WiderStock> figures;
    private final int millesime;

    WiderStockTable(AtlasData data) {
        this.figures = data.widerStock();
        this.millesime = data.metadata().rplsMillesime();
    }

    /** Whether the loaded RPLS covers more than the territory (else there is nothing to compare). */
    boolean available() {
        return figures.stream().anyMatch(f -> !f.level().equals("epci"));
    }

    /** The levels shown, in order: the territory, then the département(s), region(s) and France. */
    private List<AtlasData.WiderStock> levels() {
        List<AtlasData.WiderStock> levels = new ArrayList<>();
        for (String level : List.of("epci", "departement", "region", "france")) {
            figures.stream().filter(f -> f.level().equals(level) && f.indicator().equals("logements"))
                    .forEach(levels::add);
        }
        return levels;
    }

    /** A sentence saying what the comparison covers, or what to import for one. */
    String intro() {
        if (!available()) {
            return "Le RPLS chargé ne couvre que la métropole : pour la comparer à son département, à sa région et à la "
                    + "France, importez aussi le fichier public du RPLS de ce département, de cette région ou de la France.";
        }
        StringBuilder text = new StringBuilder("Parc social au 1ᵉʳ janvier " + millesime + " (RPLS, logements) : ");
        List<String> parts = new ArrayList<>();
        for (AtlasData.WiderStock level : levels()) {
            parts.add(level.name() + " (" + Value.count(level.communes()).text() + " commune"
                    + (level.communes() > 1 ? "s" : "") + ")");
        }
        text.append(String.join(", ", parts)).append(". Les parts des étiquettes DPE portent sur les logements au DPE "
                + "connu ; le loyer au m² (loyer principal ÷ surface habitable, par mois) n'est donné que là où au "
                + "moins 90 % des logements viennent de la version « loi » du RPLS, la seule qui porte les loyers. Ce sont des comptes "
                + "de logements, publics, que le secret statistique ne concerne pas.");
        return text.toString();
    }

    Table table() {
        List<AtlasData.WiderStock> levels = levels();
        Table.Builder table = new Table.Builder("Le parc social de la métropole comparé à son département, à sa région et "
                + "à la France (RPLS " + millesime + ")").identified("comparaison-parc").column("Indicateur");
        levels.forEach(l -> table.number(l.name()));
        row(table, levels, "Logements sociaux", "logements", null, v -> Value.count(v));
        for (String t : List.of("T1", "T2", "T3", "T4", "T5+")) {
            row(table, levels, "Part des " + (t.equals("T5+") ? "T5 et plus" : t), "typologie", t, v -> Value.share(v, 1));
        }
        FINANCING.forEach((code, label) -> row(table, levels, label, "financement", code, v -> Value.share(v, 1)));
        row(table, levels, "Logements au DPE connu", "dpe_connu", null, v -> Value.share(v, 1));
        for (String e : List.of("A", "B", "C", "D", "E", "F", "G")) {
            row(table, levels, "Étiquette DPE " + e + " (part des DPE connus)", "dpe", e, v -> Value.share(v, 1));
        }
        row(table, levels, "Loyer moyen au m² de surface habitable, par mois", "loyer_m2", null, Value::euros);
        return table.build();
    }

    private void row(Table.Builder table, List<AtlasData.WiderStock> levels, String label, String indicator,
                     String modality, java.util.function.Function<Double, Value> format) {
        List<Table.Cell> cells = new ArrayList<>();
        cells.add(Table.Cell.text(label));
        for (AtlasData.WiderStock level : levels) {
            AtlasData.WiderStock figure = figures.stream().filter(f -> f.level().equals(level.level())
                    && f.code().equals(level.code()) && f.indicator().equals(indicator)
                    && Objects.equals(f.modality(), modality)).findFirst().orElse(null);
            cells.add(Table.Cell.of(figure == null ? Value.NONE : format.apply(figure.value())));
        }
        table.row(cells.toArray(Table.Cell[]::new));
    }
}
