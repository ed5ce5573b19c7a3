package org.fooddelivery.systemtest;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Debian's chromium, headless, as a phone (390 px wide), driven through Debian's chromium-driver.
 * Each user gets a tab of their own: the web app keeps its token in the tab's memory, so tabs are
 * independent sessions, as phones of different people would be.
 */
final class Browser implements AutoCloseable {

    static final int PHONE_WIDTH = 390;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final ChromeDriver driver;
    private final Path screenshots = Path.of(System.getProperty("food.screenshots", "target/screenshots"));
    private final List<String> consoleErrors = new ArrayList<>();
    private int tabs;

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("food.chromium", "/usr/bin/chromium"));
        // --no-sandbox: CI runs as root, where chromium refuses its sandbox.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=ko-KR");
        // Headless windows are at least 500 px wide: the phone's screen is emulated instead.
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", PHONE_WIDTH, "height", 844, "pixelRatio", 1.0)));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("food.chromedriver", "/usr/bin/chromedriver"))).build();
        driver = new ChromeDriver(service, options);
    }

    /** A new tab on the web app, signed in as the user; returns its window handle. */
    String signedInTab(String user) {
        if (tabs++ > 0) {
            driver.switchTo().newWindow(WindowType.TAB);
        }
        driver.get(FoodApi.BASE_URL + "/");
        signIn(user);
        return driver.getWindowHandle();
    }

    void signIn(String user) {
        type(By.id("username"), user);
        type(By.id("password"), "password");
        click(By.id("sign-in"));
        await(By.id("sign-out"));
    }

    void use(String tab) {
        driver.switchTo().window(tab);
    }

    WebElement await(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement awaitClickable(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by));
    }

    void awaitGone(By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    void click(By by) {
        awaitClickable(by).click();
    }

    void type(By by, String text) {
        WebElement input = await(by);
        input.clear();
        input.sendKeys(text);
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    String hash() {
        return (String) ((JavascriptExecutor) driver).executeScript("return location.hash");
    }

    /** Runs a script in the page (the app's own window: its modules see what it changes). */
    Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    void go(String hash) {
        ((JavascriptExecutor) driver).executeScript("location.hash = arguments[0]", hash);
    }

    /** How far the page reaches beyond the window sideways (0 when nothing scrolls sideways). */
    long sidewaysOverflow() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth");
    }

    long windowWidth() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path to = screenshots.resolve(name + ".png");
            Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
            return to;
        } catch (IOException e) {
            throw new IllegalStateException("screenshot " + name, e);
        }
    }

    /** The console's errors of the current tab since the last look (SEVERE: errors, failed loads). */
    List<String> newConsoleErrors() {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::toString).toList();
        consoleErrors.addAll(errors);
        return errors;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
