package fr.dijon.observatoire.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A hand-written CIL pack, as the attack reads it: a zip of French CSV tables (« ; », decimal comma). */
final class TestPack {

    private final Map<String, StringBuilder> tables = new LinkedHashMap<>();

    /** Appends lines to a table, created with its header on first use. */
    TestPack rows(String name, String header, String... lines) {
        StringBuilder t = table(name, header);
        for (String line : lines) {
            t.append(line).append("\r\n");
        }
        return this;
    }

    private StringBuilder table(String name, String header) {
        return tables.computeIfAbsent(name, k -> new StringBuilder("\uFEFF").append(header).append("\r\n"));
    }

    Path write(Path file, int threshold) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("metadonnees.json"));
            zip.write(("{\"seuil_secret_statistique\": " + threshold + "}").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, StringBuilder> t : tables.entrySet()) {
                zip.putNextEntry(new ZipEntry(t.getKey()));
                zip.write(t.getValue().toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    static final String UNITS = "unite_occupation;nature;code_insee;qpv;logements;menages_repondants;indice_fragilite;secret";
    static final String RESIDENCES = "residence_id;code_insee;qpv;unite_occupation;menages_repondants;indice_fragilite;"
            + "part_tres_bas_revenus;part_eligibles_plai;part_beneficiaires_apl;part_familles_monoparentales;"
            + "part_familles_nombreuses";
    static final String AREAS = "niveau;code;territoire;indicateur;source;valeur;secret";
    static final String SERIES = "indicateur;nature;territoire;mois;valeur;cumul_12_mois;grain;secret";
    static final String CUMULS = "indicateur;territoire;annee;arrete_au_mois;cumul;cumul_annee_precedente;grain;secret";

    /** A unit of one residence, with its respondents and its five shares (empty: masked). */
    TestPack unit(String id, String commune, String qpv, String respondents, String... shares) {
        table("unites.csv", UNITS).append(id).append(";résidence;").append(commune).append(';').append(qpv).append(";30;")
                .append(respondents).append(";;\r\n");
        StringBuilder r = table("residences.csv", RESIDENCES).append(id).append(';').append(commune).append(';').append(qpv)
                .append(';').append(id).append(';').append(respondents).append(';');
        for (int i = 0; i < 5; i++) {
            r.append(';').append(i < shares.length ? shares[i] : "");
        }
        r.append("\r\n");
        return this;
    }

    /** A territorial figure (commune, qpv, epci…) of the OPS. */
    TestPack area(String level, String code, String indicator, String value) {
        table("communes.csv", AREAS).append(level).append(';').append(code).append(';').append(code).append(';')
                .append(indicator).append(";OPS;").append(value).append(';').append(value.isEmpty() ? "s" : "")
                .append("\r\n");
        return this;
    }
}
