package org.vetlis.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its own chromium-driver (the paths ./vetlis test passes), on a 1366×768
 * window against the test server's pages; each browser starts from a fresh profile and never talks to the internet.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;

    public Browser() {
        try {
            profile = Files.createTempDirectory("vetlis-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("vetlis.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1366,768");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("vetlis.it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
    }

    /** Opens {@code path} of the test server, e.g. {@code /lis/}. */
    public Browser open(String path) {
        driver.get(TestServer.baseUrl() + path);
        return this;
    }

    /** Signs in on the login page with the demo user's generated password and waits for the home page. */
    public Browser signIn(String username) {
        return signIn(username, TestServer.demoPassword(username));
    }

    /** Signs in on the login page and waits for the home page. */
    public Browser signIn(String username, String password) {
        open("/lis/login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        driver.findElement(By.id("login:submit")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("session:signOut")));
        return this;
    }

    public WebElement find(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clears the field and types {@code text} into it, as a person (or a barcode scanner) does. */
    public WebElement type(By field, String text) {
        WebElement input = find(field);
        input.clear();
        input.sendKeys(text);
        return input;
    }

    /** Clicks and waits until the page's AJAX requests, if any, are answered and drawn. */
    public void click(By by) {
        waitFor(ExpectedConditions.elementToBeClickable(by)).click();
        waitForAjax();
    }

    /** Waits until PrimeFaces has no AJAX request in flight. */
    public void waitForAjax() {
        waitFor(d -> (Boolean) driver.executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();"));
    }

    /**
     * Waits up to 15 s for {@code condition}, asking again when the page redrew what it looked at; when it does not
     * come, what the page showed is saved beside the screenshots.
     */
    public <T> T waitFor(Function<WebDriver, T> condition) {
        try {
            // a live page redraws parts of itself at any moment: an element read just before is asked for again
            return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            String name = "timeout-" + System.currentTimeMillis();
            screenshot(name);
            try {
                Files.writeString(screenshot(name).resolveSibling(name + ".html"), driver.getPageSource());
            } catch (IOException ignored) {
                // the screenshot is there already
            }
            throw e;
        }
    }

    /** Waits until the element's text contains {@code text}. */
    public void waitForText(By by, String text) {
        waitFor(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public String title() {
        return driver.getTitle();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves what the browser shows with {@code at} in the middle of the window, as {@code name}.png. */
    public Path screenshot(String name, By at) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", find(at));
        return save(name);
    }

    /** Saves what the browser shows at the top of the page as {@code name}.png under the screenshots directory of the build. */
    public Path screenshot(String name) {
        driver.executeScript("window.scrollTo(0, 0)"); // the page as one opens it, not where the last click scrolled
        return save(name);
    }

    private Path save(String name) {
        try {
            Path directory = Path.of(System.getProperty("vetlis.it.screenshots", "target/screenshots"));
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
