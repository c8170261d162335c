package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.store.DuckDbStore;
import fr.dijon.observatoire.store.ReadOnlyQuery;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code observatoire sql "<requête>"}: one read-only query, result as plain machine CSV on stdout. */
@Command(name = "sql", header = "Exécute une requête SQL en lecture seule (résultat en CSV).",
        description = {"Exécute une requête SQL en lecture seule et écrit le résultat en CSV sur la sortie standard",
                "(séparateur virgule, point décimal, ligne d'en-tête)."})
public class SqlCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "<requête>", description = "La requête, entre guillemets.")
    String query;

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() throws Exception {
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try {
            new ReadOnlyQuery(new DuckDbStore(root.options().database())).run(query, out);
            out.flush();
            return ExitCodes.OK;
        } catch (SQLException e) {
            out.flush();
            String message = String.valueOf(e.getMessage());
            if (message.contains("read-only") || message.contains("read only")) {
                System.err.println("Requête refusée : la commande sql est en lecture seule ; elle ne peut pas "
                        + "modifier la base.");
            } else {
                System.err.println("Requête refusée par DuckDB : " + firstLine(message));
            }
            return ExitCodes.FAILURE;
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
