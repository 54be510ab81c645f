package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A run's and a comparison's report.html in headless Chromium, in both languages: the page fits 1,280 pixels without a
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

    @Test
    void runReportFitsTheWidthAndEveryChartHasATitleAndAxisLabelsInBothLanguages() throws IOException {
        driver = HeadlessChromium.start("report browser test", WIDTH, 1000);
        Path folder = dir.resolve("run");
        assertEquals(
                0,
                run("run", "carbon-inclusion", "--years", "1", "--lang", "en", "--quiet", "--out", "" + folder),
                err.toString());
        driver.get(folder.resolve("report.html").toUri().toString());
        fitWindowTo(WIDTH);

        check("run", "en", 5, "Results per year", "Allowance price");
        driver.findElement(By.id("lang-toggle")).click();
        check("run", "zh", 5, "逐年结果", "配额价格");
        driver.findElement(By.id("lang-toggle")).click();
        assertEquals("en", js("return document.documentElement.getAttribute('data-lang');"), "the button toggles back");
    }

    @Test
    void compareReportFitsTheWidthAndEveryChartHasATitleAndAxisLabelsInBothLanguages() throws IOException {
        driver = HeadlessChromium.start("report browser test", WIDTH, 1000);
        Path folder = dir.resolve("compare");
        assertEquals(
                0,
                run(
                        "compare",
                        "classroom-two-firms",
                        "classroom-ten-firms",
                        "--runs",
                        "2",
                        "--years",
                        "1",
                        "--quiet",
                        "--out",
                        "" + folder),
                err.toString());
        driver.get(folder.resolve("report.html").toUri().toString());
        fitWindowTo(WIDTH);
        // every chart is on the page once per language
        int charts = driver.findElements(By.tagName("figure")).size() / 2;
        assertTrue(charts > 10, "the compare report's charts: " + charts);

        check("compare", "en", charts, "Metrics by policy", "VWAP");
        driver.findElement(By.id("lang-toggle")).click();
        check("compare", "zh", charts, "各政策指标", "成交量加权均价");
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

    /**
     * Checks the {@code page} report as shown in {@code lang}: its width, its {@code charts} visible
     * charts, its first heading and a word of its first chart's title.
     */
    private void check(String page, String lang, int charts, String heading, String titleWord) throws IOException {
        assertEquals(lang, js("return document.documentElement.getAttribute('data-lang');"));
        long scrollWidth = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
        Path shots = Files.createDirectories(Path.of("target", "report-screenshots"));
        Path shot = shots.resolve(page + "-" + lang + ".png");
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
        String title = visible.get(0).getAttribute("data-title");
        assertTrue(title.contains(titleWord), lang + ": the first chart's title " + title);
        assertEquals(heading, driver.findElement(By.tagName("h2")).getText());
    }

    /** {@code text} without white space, since the SVG may break a long title over lines. */
    private static String squash(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
