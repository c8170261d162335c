package fr.dijon.observatoire.cli;

import fr.dijon.observatoire.indicators.MethodParameters;
import fr.dijon.observatoire.indicators.SecrecyVerifier;
import fr.dijon.observatoire.indicators.WorkSchema;
import fr.dijon.observatoire.publication.Publication;
import fr.dijon.observatoire.publication.PublicationStore;
import fr.dijon.observatoire.publication.PublishedMarts;
import fr.dijon.observatoire.store.DuckDbStore;
import java.sql.Connection;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code observatoire verifier-secret}: the statistical-secrecy self-check of every published mart. */
@Command(name = "verifier-secret", header = "Contrôle le secret statistique de toutes les tables publiées.",
        description = {"Contrôle toutes les tables publiées : aucun nombre ne doit reposer sur moins de ménages que",
                "le seuil du secret, ni pouvoir se retrouver par différence avec les marges publiées.",
                "Code de sortie 1 si une case est en défaut."})
public class VerifierSecretCommand extends ObservatoireCommand {

    @Option(names = "--periode", paramLabel = "AAAA-MM", description = "Publication à contrôler (par défaut la plus récente).")
    String period;

    @Override
    public Integer call() throws Exception {
        int threshold = MethodParameters.load(root.options().projectHome().resolve("jobs")).secrecyThreshold();
        List<SecrecyVerifier.Violation> violations;
        try (Connection c = new DuckDbStore(root.options().database()).openReadOnly()) {
            String checked = period != null ? PeriodOption.parse(period).toString()
                    : new PublicationStore().all(c).stream().filter(p -> p.status().equals(Publication.PUBLISHED))
                            .map(Publication::period).findFirst().orElseThrow(() -> new IllegalStateException(
                                    "aucune publication à contrôler : lancez d'abord « ./observatoire indicateurs "
                                            + "--periode AAAA-MM »."));
            PublishedMarts marts = new PublishedMarts(c, checked);
            violations = WorkSchema.within(c, () -> new SecrecyVerifier().verify(c, threshold, marts::sql));
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
