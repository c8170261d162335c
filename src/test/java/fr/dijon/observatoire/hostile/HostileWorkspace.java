package fr.dijon.observatoire.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.cli.CliRun;
import fr.dijon.observatoire.store.DuckDbStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One database and output folder for a hostile-input test, with the checks every case makes: the exit code, the
 * French message, the tables' contents, and that no temporary file is left behind.
 */
final class HostileWorkspace {

    final Path dir;
    final Path base;
    final Path out;

    HostileWorkspace(Path dir) {
        this.dir = dir;
        this.base = dir.resolve("obs.duckdb");
        this.out = dir.resolve("sortie");
    }

    /** Runs a command on this workspace's database and output folder. */
    CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--base", base.toString(), "--sortie", out.toString()));
        return CliRun.of(all.toArray(String[]::new));
    }

    CliRun importFile(Path file, String... options) {
        List<String> args = new ArrayList<>(List.of("import", file.toString()));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    long count(String sql) throws Exception {
        if (!Files.exists(base)) {
            return 0;
        }
        try (Connection c = new DuckDbStore(base).openReadOnly();
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String string(String sql) throws Exception {
        try (Connection c = new DuckDbStore(base).openReadOnly();
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The temporary folder holds no file: extracted entries and UTF-8 copies are gone. */
    void assertNoTemporaryFile() throws IOException {
        Path tmp = out.resolve("tmp");
        if (!Files.exists(tmp)) {
            return;
        }
        try (Stream<Path> files = Files.walk(tmp)) {
            assertThat(files.filter(Files::isRegularFile).toList()).as("fichiers temporaires restants").isEmpty();
        }
        try (Stream<Path> files = Files.list(out.resolve("rejets").toFile().exists() ? out.resolve("rejets") : out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList()).isEmpty();
        }
    }

    /** The reject file of the import, as text. */
    String rejects() throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("rejets"))) {
            List<Path> csv = files.filter(p -> p.toString().endsWith(".csv") && !p.toString().contains("non-rattachees")).toList();
            assertThat(csv).as("un fichier de rejets").hasSize(1);
            return Files.readString(csv.get(0));
        }
    }
}
