package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.carbonsim.web.ClassroomServer;
import org.carbonsim.web.Room;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A class in a real headless browser: a room on classroom-two-firms on a free port, two students and
 * the teacher on three tabs; the students cross orders from their tickets, the trade shows on both
 * pages and in the saved registry's figures; bad tickets and a forged player are refused with a
 * message on the page; the teacher runs to the deadline and the final pages' figures are those of the
 * output folder. Skipped, with the packages to install, only where no browser is found. Screenshots of
 * the three pages go to target/classroom-screenshots/ (the README's pictures come from there).
 */
class ClassroomBrowserTest extends CommandLineTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private ChromeDriver driver;
    private ClassroomServer server;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void twoStudentsTradeAndTheFinalPagesShowTheSavedFigures() throws Exception {
        driver = HeadlessChromium.start("classroom browser test", 1280, 1400);
        Path folder = dir.resolve("session");
        Room room = ClassroomFixture.room("classroom-two-firms", 2, 600, folder, true, new PrintWriter(err));
        server = ClassroomServer.start(room, "127.0.0.1", 0);
        String base = "http://127.0.0.1:" + server.port();
        Path shots = Files.createDirectories(Path.of("target", "classroom-screenshots"));

        driver.get(base + "/?code=" + room.roomCode());
        until(() -> driver.findElements(By.cssSelector("#enterprise option")).size() == 2, "the two firms offered");
        driver.findElement(By.id("name")).sendKeys("Ann");
        shot(shots, "join");
        String ann = joinAs(base + "/?code=" + room.roomCode(), "Ann", "A");
        driver.switchTo().newWindow(WindowType.TAB);
        String ben = joinAs(base + "/?code=" + room.roomCode(), "Ben", "B");
        driver.switchTo().newWindow(WindowType.TAB);
        String teacher = driver.getWindowHandle();
        driver.get(base + "/teacher.html?key=" + room.teacherKey());
        until(
                () -> text("players").contains("Ann") && text("players").contains("Ben"),
                "both players on the teacher's page");
        driver.findElement(By.id("start")).click();

        driver.switchTo().window(ann);
        until(() -> text("status").equals("trading") && !text("allowances").isBlank(), "Ann's page trading");
        long held = Long.parseLong(text("allowances"));

        // bad tickets are refused on the page and change nothing
        ticket("sell", "limit", "40.005", "10");
        until(() -> text("message").contains("off the tick"), "the off-tick price refused");
        ticket("sell", "limit", "40", "-5");
        until(() -> text("message").contains("must be above 0"), "the negative quantity refused");
        assertEquals(held, Long.parseLong(text("allowances")));
        assertTrue(text("my-orders").lines().count() <= 1, "no order rests: " + text("my-orders"));

        // crossing orders from the two pages
        ticket("sell", "limit", "40.00", "1000");
        until(() -> text("message").contains("rests on the book"), "Ann's offer rests");
        until(() -> text("ladder").contains("40.00"), "the offer on Ann's ladder");
        driver.switchTo().window(ben);
        until(() -> text("ladder").contains("40.00"), "the offer on Ben's ladder");
        ticket("buy", "limit", "40.00", "1000");
        until(() -> text("message").contains("traded in full"), "Ben's bid trades");
        until(() -> text("my-trades").contains("40.00") && text("my-trades").contains("p1"), "the trade on Ben's page");
        driver.switchTo().window(ann);
        until(() -> text("my-trades").contains("40.00") && text("my-trades").contains("p2"), "the trade on Ann's page");
        until(() -> Long.parseLong(text("allowances")) == held - 1000, "Ann's holdings less 1,000 t");

        // orders that do not cross rest on both ladders
        ticket("sell", "limit", "42.00", "500");
        until(() -> text("my-orders").contains("42.00"), "Ann's resting offer listed with its cancel button");
        driver.switchTo().window(ben);
        ticket("buy", "limit", "38.50", "800");
        until(
                () -> text("ladder").contains("42.00") && text("ladder").contains("38.50"),
                "both orders on Ben's ladder");
        driver.switchTo().window(ann);
        until(
                () -> text("ladder").contains("42.00") && text("ladder").contains("38.50"),
                "both orders on Ann's ladder");
        shot(shots, "player");

        // a page with a forged player id is refused
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(base + "/player.html?token=forged");
        until(() -> text("message").contains("unknown player"), "the forged page told");
        ticket("buy", "market", "", "1");
        until(() -> text("message").contains("unknown player"), "the forged order refused");
        driver.close();

        // the teacher runs to the deadline
        driver.switchTo().window(teacher);
        shot(shots, "teacher-running");
        driver.findElement(By.id("to-end")).click();
        until(() -> driver.findElement(By.id("final")).isDisplayed(), "the final results on the teacher's page");
        until(() -> !text("folder").isBlank(), "the folder named");
        shot(shots, "teacher");
        driver.findElement(By.id("lang-toggle")).click();
        until(
                () -> driver.findElement(By.cssSelector("#final h2")).getText().equals("与最低成本均衡的对比"),
                "the labels in Chinese");
        driver.findElement(By.id("lang-toggle")).click();
        until(() -> driver.findElement(By.cssSelector("#final h2")).getText().startsWith("Results"), "back in English");

        // the final figures are the output folder's
        JsonObject summary = JsonParser.parseString(Files.readString(folder.resolve("summary.json")))
                .getAsJsonObject();
        JsonObject year = summary.getAsJsonArray("years").get(0).getAsJsonObject();
        String finalYears = text("final-years");
        for (String field : List.of(
                "vwap",
                "volume",
                "equilibriumPrice",
                "leastCostAbatementCost",
                "realisedCost",
                "efficiency",
                "costEffectiveness")) {
            String value =
                    year.get(field).isJsonNull() ? "n/a" : year.get(field).getAsString();
            assertTrue(finalYears.contains(value), field + " " + value + " in " + finalYears);
        }
        String efficiency = summary.getAsJsonObject("totals").get("efficiency").isJsonNull()
                ? "n/a"
                : summary.getAsJsonObject("totals").get("efficiency").getAsString();
        assertEquals(efficiency, text("efficiency"), "the market's efficiency");
        String costEffectiveness = summary.getAsJsonObject("totals")
                        .get("costEffectiveness")
                        .isJsonNull()
                ? "n/a"
                : summary.getAsJsonObject("totals").get("costEffectiveness").getAsString();
        assertEquals(costEffectiveness, text("cost-effectiveness"), "the abatement's cost-effectiveness");
        List<String> enterprises = Files.readAllLines(folder.resolve("enterprises.csv"));
        List<String> header = List.of(enterprises.get(0).split(","));
        String teacherFinal = text("final-players");
        for (String row : enterprises.subList(1, enterprises.size())) {
            List<String> cells = List.of(row.split(","));
            String abatement = cells.get(header.indexOf("abatement_t"));
            assertTrue(
                    teacherFinal.contains(abatement),
                    "abatement " + abatement + " of " + cells.get(1) + " in " + teacherFinal);
        }
        String totals = text("final-totals");
        assertTrue(totals.contains("p1") && totals.contains("p2"), "each player's total above the path: " + totals);
        List<String> trades = Files.readAllLines(folder.resolve("trades.csv"));
        assertTrue(trades.get(0).endsWith(",buyer_player,seller_player"), trades.get(0));
        assertTrue(trades.contains("2024,0,B,A,40.00,1000,p2,p1"), "the trade in trades.csv: " + trades);

        driver.switchTo().window(ann);
        until(() -> driver.findElement(By.id("final")).isDisplayed(), "the final results on Ann's page");
        String annFinal = text("final-me");
        String annRow =
                enterprises.stream().filter(r -> r.contains(",A,")).findFirst().orElseThrow();
        List<String> annCells = List.of(annRow.split(","));
        for (String column : List.of("allocation_t", "emissions_t", "bought_t", "sold_t")) {
            String value = annCells.get(header.indexOf(column));
            assertTrue(annFinal.contains(value), column + " " + value + " on Ann's final page: " + annFinal);
        }
        // one year: the run's total above the path is that year's, shown in the row and on the teacher's page
        String total = text("pv-above-path");
        assertTrue(total.matches("-?\\d+\\.\\d\\d"), "Ann's total above the path: " + total);
        assertTrue(annFinal.contains(total), "the total " + total + " is 2024's on Ann's final page: " + annFinal);
        ticket("buy", "limit", "40.00", "1");
        until(() -> text("message").contains("deadline has passed"), "an order after the deadline refused");
        shot(shots, "player-final");

        assertEquals(0, run("chart", folder.toString(), "--format", "svg"), err.toString());
        assertTrue(Files.exists(folder.resolve("report.html")));
    }

    /**
     * A double-clicked "Place order" places one order: the button now waits for the answer, where the
     * second click once posted the ticket again before the first was answered and two orders rested.
     */
    @Test
    void aDoubleClickedTicketPlacesOneOrder() throws Exception {
        driver = HeadlessChromium.start("classroom browser test", 1280, 1400);
        Room room = ClassroomFixture.room(
                "classroom-two-firms", 2, 600, dir.resolve("session"), false, new PrintWriter(err));
        server = ClassroomServer.start(room, "127.0.0.1", 0);
        joinAs("http://127.0.0.1:" + server.port() + "/?code=" + room.roomCode(), "Ann", "A");
        assertTrue(room.start().ok());
        until(() -> text("status").equals("trading") && !text("allowances").isBlank(), "Ann's page trading");
        fillTicket("sell", "limit", "41.00", "10");
        driver.executeScript("const b = document.getElementById('submit-order'); b.click(); b.click();");
        until(() -> text("message").contains("rests on the book"), "the offer rests");
        String ann = room.players().get(0).id();
        until(() -> !((List<?>) room.playerView(ann).get("orders")).isEmpty(), "the offer on Ann's view");
        // a second order would have been posted with the first: give it time to arrive and rest
        Thread.sleep(2_000);
        assertTrue(room.submit(new Room.Command.Control("pause", null)).ok());
        assertTrue(room.submit(new Room.Command.Control("pause", null)).ok());
        List<?> orders = (List<?>) room.playerView(ann).get("orders");
        assertEquals(1, orders.size(), "one order for the double click: " + orders);
    }

    private String joinAs(String url, String name, String enterprise) {
        driver.get(url);
        until(
                () -> driver.findElements(By.cssSelector("#enterprise option")).size() > 0,
                "the free enterprises listed");
        driver.findElement(By.id("name")).sendKeys(name);
        new Select(driver.findElement(By.id("enterprise"))).selectByValue(enterprise);
        driver.findElement(By.id("join")).click();
        until(() -> driver.getCurrentUrl().contains("/player.html"), name + " on the player's page");
        until(() -> text("firm").startsWith(enterprise), name + "'s firm shown");
        return driver.getWindowHandle();
    }

    private void ticket(String side, String type, String price, String quantity) {
        fillTicket(side, type, price, quantity);
        driver.findElement(By.id("submit-order")).click();
    }

    private void fillTicket(String side, String type, String price, String quantity) {
        driver.executeScript("document.getElementById('message').textContent = '';");
        new Select(driver.findElement(By.id("side"))).selectByValue(side);
        new Select(driver.findElement(By.id("type"))).selectByValue(type);
        driver.findElement(By.id("price")).clear();
        driver.findElement(By.id("price")).sendKeys(price);
        driver.findElement(By.id("quantity")).clear();
        driver.findElement(By.id("quantity")).sendKeys(quantity);
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText().strip();
    }

    private void until(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + PATIENCE.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < end) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError(
                "waited " + PATIENCE.toSeconds() + " s for " + what + "; message: "
                        + driver.findElements(By.id("message")).stream()
                                .map(e -> e.getText())
                                .findFirst()
                                .orElse("none"),
                last);
    }

    private void shot(Path shots, String name) throws Exception {
        Files.write(shots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
