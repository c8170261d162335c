package fr.dijon.observatoire.atlas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless, for tests of the atlas in a real browser: the DOM after scripts ran, the console
 * messages, and screenshots. No network: only file:// pages.
 */
public final class HeadlessChromium {

    /** What the browser printed: the DOM (stdout) and its log (stderr, with console messages). */
    public record Result(String dom, String log) {

        public List<String> consoleErrors() {
            List<String> errors = new ArrayList<>();
            for (String line : log.split("\n")) {
                if (line.contains("CONSOLE") && (line.contains("Error") || line.contains("Uncaught") || line.contains("error"))) {
                    errors.add(line);
                }
            }
            return errors;
        }
    }

    private HeadlessChromium() {
    }

    public static Path binary() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("Chromium introuvable : installez le paquet Debian « chromium » (voir .ci/run)");
    }

    public static Result dumpDom(String url, Path profile) throws IOException, InterruptedException {
        return run(profile, List.of("--dump-dom", "--virtual-time-budget=8000", url));
    }

    public static Result screenshot(String url, Path png, Path profile) throws IOException, InterruptedException {
        return run(profile, List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=1280,1100",
                "--virtual-time-budget=8000", url));
    }

    private static Result run(Path profile, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + profile.toAbsolutePath()));
        command.addAll(args);
        Path out = Files.createTempFile("chromium-", ".out");
        Path err = Files.createTempFile("chromium-", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium ne répond pas");
        }
        return new Result(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
