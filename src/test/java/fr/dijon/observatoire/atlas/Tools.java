package fr.dijon.observatoire.atlas;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs a command-line tool of the test machine (poppler-utils) and returns what it printed. */
final class Tools {

    private Tools() {
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " : " + out);
        }
        return out;
    }
}
