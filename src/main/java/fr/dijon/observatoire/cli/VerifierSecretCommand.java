package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.indicators.MethodParameters;
import fr.dijon.observatoire.indicators.SecrecyVerifier;
import fr.dijon.observatoire.store.DuckDbStore;
import java.sql.Connection;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code observatoire verifier-secret}: the statistical-secrecy self-check of every published mart. */
@Command(name = "verifier-secret", header = "Contrôle le secret statistique de toutes les tables publiées.",
        description = {"Contrôle toutes les tables publiées : aucun nombre ne doit reposer sur moins de ménages que",
                "le seuil du secret, ni pouvoir se retrouver par différence avec les marges publiées.",
                "Code de sortie 1 si une case est en défaut."})
public class VerifierSecretCommand extends ObservatoireCommand {

    @Override
    public Integer call() throws Exception {
        int threshold = MethodParameters.load(root.options().projectHome().resolve("jobs")).secrecyThreshold();
        List<SecrecyVerifier.Violation> violations;
        try (Connection c = new DuckDbStore(root.options().database()).openReadOnly()) {
            violations = new SecrecyVerifier().verify(c, threshold);
        }
        if (violations.isEmpty()) {
            System.out.println("Secret statistique respecté : aucune case publiée ne repose sur moins de " + threshold
                    + " ménages ou personnes, et aucune case masquée ne se retrouve par différence.");
            return ExitCodes.OK;
        }
        System.out.println("Secret statistique en défaut : " + violations.size() + " case(s).");
        TextTable table = new TextTable("règle", "tables", "case ou relation", "détail");
        violations.stream().limit(50).forEach(v -> table.add(v.rule(), v.marts(), v.subject(), v.detail()));
        table.print(System.out);
        return ExitCodes.FAILURE;
    }
}
