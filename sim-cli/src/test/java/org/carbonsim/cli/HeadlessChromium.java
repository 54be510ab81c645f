package org.carbonsim.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium (or Chrome) driven by its chromedriver, for the browser tests: found on the PATH,
 * at Debian's driver path or as {@code CHROME_BIN}; a test that needs it is skipped, with the packages
 * to install, only where none is found. The driver is named explicitly, so that Selenium never looks
 * for one on the network.
 */
final class HeadlessChromium {
    private HeadlessChromium() {}

    /** The first existing file of {@code candidates}, or of {@code name} on the PATH. */
    private static Optional<File> find(List<String> candidates, String... names) {
        List<Path> paths = new ArrayList<>();
        candidates.forEach(c -> paths.add(Path.of(c)));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String folder : path.split(File.pathSeparator)) {
                for (String name : names) {
                    paths.add(Path.of(folder, name));
                }
            }
        }
        return paths.stream().filter(Files::isExecutable).map(Path::toFile).findFirst();
    }

    /** A headless browser with a window {@code width} by {@code height}; {@code test} names the skipped test. */
    static ChromeDriver start(String test, int width, int height) {
        List<String> browsers = new ArrayList<>();
        String env = System.getenv("CHROME_BIN");
        if (env != null && !env.isBlank()) {
            browsers.add(env);
        }
        Optional<File> browser =
                find(browsers, "chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
        Optional<File> chromedriver = find(List.of("/usr/lib/chromium/chromedriver"), "chromedriver");
        assumeTrue(
                browser.isPresent() && chromedriver.isPresent(),
                test + " skipped: no Chromium or Chrome with chromedriver found (browser "
                        + browser.map(File::toString).orElse("missing") + ", driver "
                        + chromedriver.map(File::toString).orElse("missing")
                        + "); on Debian: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get())
                .build();
        return new ChromeDriver(service, options);
    }
}
