package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.store.DuckDbStore;
import fr.dijon.observatoire.store.ReadOnlyQuery;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code observatoire sql "<requête>"}: one query on the base opened read-only, with no access to any other file
 * (DuckDB's {@code enable_external_access = false}, settings locked); result as plain machine CSV on stdout.
 */
@Command(name = "sql", header = "Exécute une requête SQL en lecture seule (résultat en CSV).",
        description = "Exécute une requête SQL en lecture seule et écrit le résultat en CSV sur la sortie standard "
        + "(séparateur virgule, point décimal, ligne d'en-tête). La requête ne lit que la base : elle ne peut "
        + "ni la modifier, ni lire ou écrire un autre fichier. Pour garder le résultat : … > resultat.csv")
public class SqlCommand extends ObservatoireCommand {

    private static final Pattern MISSING_TABLE = Pattern.compile("Table with name (\\S+) does not exist");
    private static final Pattern MISSING_COLUMN = Pattern.compile("Referenced column \"?([^\" ]+)\"? not found");
    private static final Pattern SYNTAX = Pattern.compile("syntax error at or near \"([^\"]*)\"");

    @Parameters(paramLabel = "<requête>", description = "La requête, entre guillemets.")
    String query;

    @Override
    public Integer call() throws Exception {
        Writer out = new BufferedWriter(new OutputStreamWriter(TypographicPrintStream.machine(System.out),
                StandardCharsets.UTF_8));
        try {
            new ReadOnlyQuery(new DuckDbStore(root.options().database())).run(query, out);
            out.flush();
            return ExitCodes.OK;
        } catch (SQLException e) {
            out.flush();
            System.err.println("Requête refusée : " + french(String.valueOf(e.getMessage())));
            if (root.options().debug()) {
                System.err.println("Détail technique (DuckDB) : " + e.getMessage());
            }
            return ExitCodes.FAILURE;
        }
    }

    static String french(String message) {
        if (message.contains("read-only") || message.contains("read only")) {
            return "la commande sql est en lecture seule ; elle ne peut pas modifier la base.";
        }
        if (message.contains("Permission Error") || message.contains("external access")
                || message.contains("disabled by configuration") || message.contains("lock_configuration")
                || message.contains("configuration has been locked")) {
            return "la commande sql ne lit que la base de l'observatoire ; elle ne peut ni lire ni écrire d'autre "
                    + "fichier (COPY … TO, read_text, read_csv, ATTACH…) ni changer la configuration. Pour garder un "
                    + "résultat, redirigez la sortie : ./observatoire sql \"…\" > resultat.csv";
        }
        Matcher table = MISSING_TABLE.matcher(message);
        if (table.find()) {
            return "la table « " + table.group(1) + " » n'existe pas dans la base. "
                    + "./observatoire sql \"SHOW TABLES\" liste les tables.";
        }
        Matcher column = MISSING_COLUMN.matcher(message);
        if (column.find()) {
            return "la colonne « " + column.group(1) + " » n'existe pas. "
                    + "./observatoire sql \"DESCRIBE <table>\" liste les colonnes d'une table.";
        }
        Matcher syntax = SYNTAX.matcher(message);
        if (syntax.find()) {
            return "erreur de syntaxe SQL près de « " + syntax.group(1) + " » : vérifiez la requête.";
        }
        return "DuckDB n'a pas pu exécuter la requête ; relancez avec --debug pour le détail technique.";
    }
}
