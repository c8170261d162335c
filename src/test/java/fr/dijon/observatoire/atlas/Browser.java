package fr.dijon.observatoire.atlas;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A scripted headless Chromium (Debian's chromium and chromedriver, through Selenium): opens atlas pages from
 * {@code file://}, reads the DOM after the scripts ran, clicks and fills forms, takes full-page screenshots, at a
 * desktop or a 390 px phone width. No network: only local files.
 */
final class Browser implements AutoCloseable {

    static final int PHONE = 390;

    private final ChromeDriver driver;

    Browser(int width) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(HeadlessChromium.binary().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--window-size=" + width + ",900", "--force-device-scale-factor=1");
        if (width <= PHONE) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", 844, "pixelRatio", 1.0)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driverPath())).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    private static String driverPath() {
        for (String candidate : List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("chromedriver introuvable : installez le paquet Debian « chromium-driver »");
    }

    Browser open(Path page, String query) {
        driver.get(page.toUri() + (query == null ? "" : "?" + query));
        waitFor("return document.readyState === 'complete'");
        return this;
    }

    void waitFor(String condition) {
        long end = System.currentTimeMillis() + 20_000;
        while (!Boolean.TRUE.equals(js(condition))) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("la page n'atteint pas l'état attendu : " + condition);
            }
            sleep();
        }
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement one(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    long pageWidth() {
        return ((Number) js("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")).longValue();
    }

    /** The text of an element as the DOM holds it (WebDriver's getText turns no-break spaces into spaces). */
    String text(WebElement element) {
        return ((String) js("return arguments[0].innerText", element));
    }

    String text() {
        return (String) js("return document.body.innerText");
    }

    /** Saves a screenshot of the whole page (not only the viewport), cut at 8 000 px for the longest tables. */
    void screenshot(Path png) throws Exception {
        long width = pageWidth();
        long height = Math.min(8000, ((Number) js("return document.documentElement.scrollHeight")).longValue());
        Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode((String) result.get("data")));
    }

    List<String> consoleErrors() {
        return driver.manage().logs().get("browser").getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(e -> e.getMessage()).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
