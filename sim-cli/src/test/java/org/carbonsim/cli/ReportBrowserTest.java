package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A run's report.html in headless Chromium, in both languages: the page fits 1,280 pixels without a
 * horizontal scroll bar, and every chart the reader sees has a title and axis labels, in the figure's
 * data and in the SVG's own text. Skipped, with the packages to install, only where no Chromium or
 * Chrome with its driver is found. Screenshots go to target/report-screenshots/ for a human look.
 */
class ReportBrowserTest extends CommandLineTest {
    private static final int WIDTH = 1280;

    @TempDir
    Path dir;

    private ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

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

    private ChromeDriver startBrowser() {
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
                "report browser test skipped: no Chromium or Chrome with chromedriver found (browser "
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
                "--window-size=" + WIDTH + ",1000");
        // the driver named explicitly, so that Selenium never looks for one on the network
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get())
                .build();
        return new ChromeDriver(service, options);
    }

    @Test
    void runReportFitsTheWidthAndEveryChartHasATitleAndAxisLabelsInBothLanguages() throws IOException {
        driver = startBrowser();
        Path folder = dir.resolve("run");
        assertEquals(
                0,
                run("run", "carbon-inclusion", "--years", "1", "--lang", "en", "--quiet", "--out", "" + folder),
                err.toString());
        driver.get(folder.resolve("report.html").toUri().toString());
        fitWindowTo(WIDTH);

        check("en", 5);
        driver.findElement(By.id("lang-toggle")).click();
        check("zh", 5);
        driver.findElement(By.id("lang-toggle")).click();
        assertEquals("en", js("return document.documentElement.getAttribute('data-lang');"), "the button toggles back");
    }

    /** Makes the page's viewport {@code width} pixels wide, whatever the window's frame takes. */
    private void fitWindowTo(int width) {
        long inner = ((Number) js("return window.innerWidth;")).longValue();
        if (inner != width) {
            Dimension size = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(size.getWidth() + (int) (width - inner), size.getHeight()));
        }
        assertEquals(width, ((Number) js("return window.innerWidth;")).longValue(), "viewport width");
    }

    private void check(String lang, int charts) throws IOException {
        assertEquals(lang, js("return document.documentElement.getAttribute('data-lang');"));
        long scrollWidth = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
        Path shots = Files.createDirectories(Path.of("target", "report-screenshots"));
        Path shot = shots.resolve("run-" + lang + ".png");
        Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(shot) > 0, "screenshot written");
        assertTrue(
                scrollWidth <= WIDTH,
                lang + ": the page is " + scrollWidth + " px wide at " + WIDTH + " px, so it scrolls sideways; see "
                        + shot);

        List<WebElement> visible = new ArrayList<>();
        for (WebElement figure : driver.findElements(By.tagName("figure"))) {
            if (figure.isDisplayed()) {
                visible.add(figure);
            }
        }
        assertEquals(charts, visible.size(), lang + ": one visible figure per chart");
        for (WebElement figure : visible) {
            String id = figure.getAttribute("id");
            assertEquals(lang, figure.getAttribute("lang"), id + " is in the page's language");
            String svgText = squash((String) js("return arguments[0].querySelector('svg').textContent;", figure));
            for (String attribute : List.of("data-title", "data-x-label", "data-y-label")) {
                String value = figure.getAttribute(attribute);
                assertTrue(value != null && !value.isBlank(), id + " has " + attribute);
                assertTrue(
                        svgText.contains(squash(value)),
                        id + ": the SVG draws its " + attribute + " \"" + value + "\"");
            }
            String caption = figure.findElement(By.tagName("figcaption")).getText();
            assertTrue(caption.startsWith(figure.getAttribute("data-title")), id + " caption: " + caption);
            assertTrue(figure.getSize().getWidth() <= WIDTH, id + " fits");
        }
        if (lang.equals("zh")) {
            assertTrue(visible.get(0).getAttribute("data-title").contains("配额价格"), "Chinese title");
            assertFalse(driver.findElement(By.tagName("h2")).getText().isBlank());
            assertEquals("逐年结果", driver.findElement(By.tagName("h2")).getText());
        } else {
            assertEquals(
                    "Results per year", driver.findElement(By.tagName("h2")).getText());
        }
    }

    /** {@code text} without white space, since the SVG may break a long title over lines. */
    private static String squash(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
