package fr.dijon.observatoire.run;

import fr.dijon.observatoire.indicators.SecrecyLoss;

import fr.dijon.observatoire.format.FrenchNumbers;
import fr.dijon.observatoire.ingest.partenaires.Completeness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * The report of a monthly run, in {@code rapports/<periode>.html} and {@code .json}: the files with their
 * status, rows, rejects and links to the reject files, the revisions, the partner counts still missing, the
 * secrecy statistics and the duration of each step.
 */
public final class MonthlyReport {

    private final YearMonth period;
    private final List<FileOutcome> files;
    private final Map<String, Long> stepMillis;

    public MonthlyReport(YearMonth period, List<FileOutcome> files, Map<String, Long> stepMillis) {
        this.period = period;
        this.files = files;
        this.stepMillis = stepMillis;
    }

    public Path write(Connection c, Path reportsDir, String generatedAt) throws SQLException, IOException {
        List<Completeness.Missing> missing = new Completeness().missing(c, period);
        SecrecyLoss loss = SecrecyLoss.of(c, period.toString());
        List<String> revisions = new ArrayList<>();
        files.forEach(f -> f.notes().stream().filter(n -> n.startsWith("révision")).forEach(revisions::add));
        Files.createDirectories(reportsDir);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("periode", period.toString());
        json.put("genere_le", generatedAt);
        json.put("fichiers", files.stream().map(MonthlyReport::french).toList());
        json.put("revisions", revisions);
        json.put("comptages_manquants", missing.stream().map(m -> Map.of("partenaires", m.partners(),
                "indicateur", m.indicator(), "libelle", m.label())).toList());
        json.put("secret_statistique", Map.of("part_des_chiffres_occupation_masques", loss.maskedOpsCells(),
                "part_des_logements_a_classe_publiee", loss.dwellingsWithClass(),
                "series_au_trimestre_ou_a_l_annee", loss.coarsenedSeries()));
        json.put("durees_ms", stepMillis);
        ObjectMapper mapper = new ObjectMapper().rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        writeAtomically(reportsDir.resolve(period + ".json"), mapper.writeValueAsString(json));
        Path html = reportsDir.resolve(period + ".html");
        writeAtomically(html, html(missing, revisions, loss, generatedAt, reportsDir));
        return html;
    }

    private String html(List<Completeness.Missing> missing, List<String> revisions, SecrecyLoss loss,
                        String generatedAt, Path reportsDir) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append("Rapport du traitement mensuel ").append(period).append("</title>\n<style>body{font-family:'DejaVu Sans',")
                .append("sans-serif;max-width:1100px;margin:1em auto;padding:0 1em;color:#1f1f1f}table{border-collapse:collapse;")
                .append("width:100%}th,td{border-bottom:1px solid #ccc;padding:.3em .5em;text-align:left}td.n{text-align:right}")
                .append("</style>\n</head>\n<body>\n<h1>Rapport du traitement mensuel — ").append(period).append("</h1>\n<p>")
                .append(esc(generatedAt)).append("</p>\n<h2>Fichiers</h2>\n<table><thead><tr><th>Fichier</th><th>Type</th>")
                .append("<th>Statut</th><th>Lues</th><th>Chargées</th><th>Rejetées</th><th>Motif, rejets</th></tr></thead><tbody>\n");
        for (FileOutcome f : files) {
            h.append("<tr><td>").append(esc(f.file())).append("</td><td>").append(esc(f.typeLabel())).append("</td><td>")
                    .append(esc(f.status())).append("</td><td class=\"n\">").append(n(f.rowsRead())).append("</td><td class=\"n\">")
                    .append(n(f.rowsLoaded())).append("</td><td class=\"n\">").append(n(f.rowsRejected())).append("</td><td>")
                    .append(esc(f.reason() == null ? "" : f.reason()));
            if (f.rejectsFile() != null) {
                h.append(" <a href=\"").append(esc(reportsDir.toAbsolutePath().relativize(Path.of(f.rejectsFile())
                        .toAbsolutePath()).toString())).append("\">rejets</a>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<h2>Révisions</h2>\n");
        h.append(revisions.isEmpty() ? "<p>Aucune valeur révisée.</p>\n" : list(revisions));
        h.append("<h2>Comptages des partenaires manquants pour ").append(period).append("</h2>\n");
        h.append(missing.isEmpty() ? "<p>Tous les comptages attendus sont arrivés.</p>\n"
                : list(missing.stream().map(m -> m.partners() + " — " + m.indicator() + " : " + m.label()).toList()));
        h.append("<h2>Secret statistique</h2>\n<p>").append(esc(pct(loss.maskedOpsCells())))
                .append(" des chiffres d’occupation publiables masqués ; ").append(esc(pct(loss.dwellingsWithClass())))
                .append(" des logements dans une résidence à la classe de fragilité publiée ; ")
                .append(n(loss.coarsenedSeries())).append(" série(s) du sans-abrisme publiée(s) au trimestre ou à l’année.</p>\n")
                .append("<h2>Durée des étapes</h2>\n<table><tbody>\n");
        stepMillis.forEach((step, ms) -> h.append("<tr><td>").append(esc(step)).append("</td><td class=\"n\">")
                .append(FrenchNumbers.display(ms / 1000.0, 1)).append("\u202Fs</td></tr>\n"));
        return h.append("</tbody></table>\n</body>\n</html>\n").toString();
    }

    private static Map<String, Object> french(FileOutcome f) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("fichier", f.file());
        map.put("type", f.type());
        map.put("type_libelle", f.typeLabel());
        map.put("statut", f.status());
        map.put("motif", f.reason());
        map.put("lignes_lues", f.rowsRead());
        map.put("lignes_chargees", f.rowsLoaded());
        map.put("lignes_rejetees", f.rowsRejected());
        map.put("fichier_rejets", f.rejectsFile());
        map.put("notes", f.notes());
        return map;
    }

    private static String list(List<String> items) {
        StringBuilder h = new StringBuilder("<ul>\n");
        items.forEach(i -> h.append("<li>").append(esc(i)).append("</li>\n"));
        return h.append("</ul>\n").toString();
    }

    private static String esc(String s) {
        return fr.dijon.observatoire.atlas.Html.text(s);
    }

    private static String pct(double share) {
        return FrenchNumbers.percent(share, 1);
    }

    private static String n(long value) {
        return FrenchNumbers.display(value, 0);
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path temp = fr.dijon.observatoire.store.PublishedFiles.temporaryFile(target.getParent(), "." + target.getFileName(), ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
