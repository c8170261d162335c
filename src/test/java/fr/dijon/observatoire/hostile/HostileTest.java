package fr.dijon.observatoire.hostile;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A hostile-input test: each case gets its own folder, database and output folder. */
abstract class HostileTest {

    @TempDir
    Path dir;

    HostileWorkspace ws;

    @BeforeEach
    void workspace() {
        ws = new HostileWorkspace(dir);
    }
}
