package org.newstrends.report;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through Selenium WebDriver and {@code chromedriver}, with a fresh profile and
 * no background network traffic: opens a page as a reader would and reports what loaded.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** Debian's Chromium. */
    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    /** Debian's chromedriver, of the same version. */
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** Selenium warns that it has no DevTools binding for this Chromium version; the tests do not use DevTools. */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    /** Dialogs dismissed at most per page (an injected script may open one per element). */
    private static final int MAX_DIALOGS = 100;

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts the browser with a new profile under {@code workDir}; skips or fails when it is not installed. */
    public static HeadlessChromium start(Path workDir) throws IOException {
        RequiredTools.require("Headless Chromium with chromedriver (Debian: chromium, chromium-driver)", BROWSER,
                DRIVER);
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        Path profile = Files.createTempDirectory(Files.createDirectories(workDir), "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new HeadlessChromium(driver);
    }

    /** What the browser showed of one page after it loaded. */
    public record Page(URI uri, List<Image> images, List<URI> links, List<URI> references, List<String> consoleErrors,
                       List<String> alerts, String text, List<String> imageSources) {
    }

    /** An {@code img} element: its resolved source and its decoded width (0 when it did not load). */
    public record Image(URI source, long naturalWidth) {
    }

    /** Loads {@code file}, dismisses any dialog it opens, and reports its images, links, console errors and text. */
    public Page open(Path file) {
        driver.get(file.toUri().toString());
        List<String> alerts = new ArrayList<>();
        for (int i = 0; i < MAX_DIALOGS; i++) {
            try {
                alerts.add(driver.switchTo().alert().getText());
                driver.switchTo().alert().dismiss();
            } catch (NoAlertPresentException none) {
                break;
            }
        }
        List<Image> images = new ArrayList<>();
        List<String> imageSources = new ArrayList<>();
        for (WebElement img : driver.findElements(By.tagName("img"))) {
            images.add(new Image(URI.create(img.getDomProperty("src")),
                    Long.parseLong(img.getDomProperty("naturalWidth"))));
            imageSources.add(img.getDomAttribute("src"));
        }
        List<URI> links = new ArrayList<>();
        for (WebElement a : driver.findElements(By.cssSelector("a[href]"))) {
            links.add(URI.create(a.getDomProperty("href")));
        }
        List<URI> references = new ArrayList<>();
        for (WebElement element : driver.findElements(By.cssSelector("[src], [href]"))) {
            String url = element.getDomProperty(element.getDomAttribute("src") != null ? "src" : "href");
            references.add(URI.create(url));
        }
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        String text = driver.findElement(By.tagName("body")).getText();
        return new Page(file.toUri(), List.copyOf(images), List.copyOf(links), List.copyOf(references),
                List.copyOf(errors), List.copyOf(alerts), text, List.copyOf(imageSources));
    }

    /** Whether the page now loaded has an element with this {@code id}. */
    public boolean hasElementWithId(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Elements of the page now loaded that match the CSS {@code selector}. */
    public int count(String selector) {
        return driver.findElements(By.cssSelector(selector)).size();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
