package org.fooddelivery.systemtest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.fooddelivery.systemtest.FoodApi.DECLINED_CARD;
import static org.fooddelivery.systemtest.FoodApi.GOOD_CARD;
import static org.fooddelivery.systemtest.FoodApi.orderJson;
import static org.fooddelivery.systemtest.Saga.awaitStatus;
import static org.fooddelivery.systemtest.Saga.awaitTicket;
import static org.fooddelivery.systemtest.Saga.place;
import static org.fooddelivery.systemtest.Saga.setStock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10: the web app at / in a real browser (headless chromium as a 390-px phone) against the
 * real server. Every step a person takes is a click in the page; the API is used only to set the
 * stage (stock) and to learn what the page should show.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebUiIT {

    private static final long DISH = 11;         // Fried chicken, store 1
    private static final long SOLD_OUT = 13;     // Pickled radish: no other test orders it
    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive probe() {
        return Probe.empty("web-probe");
    }

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    private static By order(String id) {
        return By.cssSelector("[data-order='" + id + "']");
    }

    private static By inOrder(String scope, String id, String what) {
        return By.cssSelector(scope + " [data-order='" + id + "'] " + what);
    }

    private void assertPhoneFits(String page) {
        assertEquals(Browser.PHONE_WIDTH, browser.windowWidth(), "the window is a phone's");
        assertTrue(browser.sidewaysOverflow() <= 0, page + " scrolls sideways by " + browser.sidewaysOverflow() + " px");
    }

    /**
     * Chrome logs every non-2xx load as an error, also those the page expects: right after an order
     * is placed its tracking view may not exist yet (a 404 for a moment, as the API documents: the
     * read model follows events), and the page polls again. Everything else is a real error.
     */
    private void assertNoConsoleErrors(String page) {
        List<String> errors = browser.newConsoleErrors().stream()
                .filter(e -> !(e.contains("/tracking - Failed to load resource") && e.contains("404")))
                .toList();
        assertTrue(errors.isEmpty(), page + ": console errors " + errors);
    }

    /** Puts one dish of store 1 into the cart of the signed-in customer and opens the cart. */
    private void fillCart() {
        browser.click(By.cssSelector("[data-store='1']"));
        browser.click(By.cssSelector("#menu [data-menu='" + DISH + "'] [data-action='add']"));
        browser.click(By.id("go-cart"));
        browser.await(By.id("order-form"));
    }

    @Test
    void aWholeOrderIsPlacedCookedPickedUpAndConfirmedInTheBrowser() {
        setStock("owner1", 1, DISH, 500);
        setStock("owner1", 1, SOLD_OUT, 0);
        // Another store's order, which owner1's board must never show.
        String otherStore = place("customer2", 2, 21, 1);
        awaitTicket("owner2", otherStore, "RECEIVED");
        try {
            String customer = browser.signedInTab("customer1");
            browser.await(By.id("stores"));
            assertPhoneFits("stores");
            browser.screenshot("customer-stores");
            browser.click(By.cssSelector("[data-store='1']"));
            WebElement soldOut = browser.await(By.cssSelector("#menu [data-menu='" + SOLD_OUT + "']"));
            assertTrue(soldOut.findElement(By.cssSelector(".out-label")).isDisplayed(), "out of stock is shown");
            assertFalse(soldOut.findElement(By.cssSelector("[data-action='add']")).isEnabled(), "a sold-out dish cannot be added");
            browser.screenshot("customer-menu");

            // The owner's board is open before the order comes in: it must appear by itself.
            String owner = browser.signedInTab("owner1");
            browser.await(By.id("board"));

            browser.use(customer);
            browser.click(By.cssSelector("#menu [data-menu='" + DISH + "'] [data-action='add']"));
            browser.click(By.id("go-cart"));
            browser.type(By.cssSelector("#order-form input[name='card']"), GOOD_CARD);
            assertPhoneFits("cart");
            browser.click(By.id("place-order"));
            browser.await(By.id("timeline"));
            String id = browser.hash().substring("#/order/".length());
            browser.await(By.id("cancel-order"));   // allowed while not cooking
            browser.await(By.id("change-order"));

            browser.use(owner);
            browser.click(inOrder("[data-column='RECEIVED']", id, "[data-action='accept']"));
            browser.click(inOrder("[data-column='ACCEPTED']", id, "[data-action='start']"));
            // Cooking started: the customer's page takes cancel and change away by itself (F6, F13).
            browser.use(customer);
            browser.await(By.cssSelector("#order-head [data-status='COOKING']"));
            browser.awaitGone(By.id("cancel-order"));
            browser.awaitGone(By.id("change-order"));
            browser.use(owner);
            browser.click(inOrder("[data-column='COOKING']", id, "[data-action='finish']"));
            browser.await(inOrder("[data-column='READY']", id, ".badge"));
            assertTrue(browser.all(order(otherStore)).isEmpty(), "owner1's board shows store 2's ticket " + otherStore);
            List<WebElement> tickets = browser.all(By.cssSelector("li.ticket"));
            assertFalse(tickets.isEmpty());
            tickets.forEach(t -> assertEquals("1", t.getDomAttribute("data-store"), "only store 1's tickets"));
            assertPhoneFits("board");
            browser.screenshot("owner-board");
            assertNoConsoleErrors("owner's board");

            browser.signedInTab("rider1");
            browser.click(inOrder("#nearby", id, "[data-action='pickup']"));
            browser.await(inOrder("#my-deliveries", id, "[data-status='PICKED_UP']"));
            assertPhoneFits("deliveries");
            browser.screenshot("rider-deliveries");
            assertNoConsoleErrors("rider's deliveries");

            browser.use(customer);
            browser.await(By.id("confirm-delivery"));
            assertTrue(browser.all(By.id("cancel-order")).isEmpty(), "no cancel once picked up");
            browser.click(By.id("confirm-delivery"));
            browser.await(By.cssSelector("#order-head [data-status='COMPLETED']"));
            browser.await(By.cssSelector("#timeline [data-status='COMPLETED']"));
            assertTrue(browser.all(By.id("cancel-order")).isEmpty(), "no cancel once cooking started");
            assertTrue(browser.all(By.id("change-order")).isEmpty(), "no change once cooking started");
            assertTrue(browser.all(By.id("confirm-delivery")).isEmpty(), "confirmed once");
            // The store's thank-you arrives as a KakaoTalk message after the grace period (4 s in tests).
            browser.await(By.cssSelector("#messages [data-type='THANK_YOU']"));
            assertPhoneFits("order");
            browser.screenshot("customer-order");
            browser.go("#/orders");
            browser.await(By.cssSelector("#orders [data-order='" + id + "']"));
            assertNoConsoleErrors("customer's pages");
            awaitStatus("customer1", id, "COMPLETED");
        } finally {
            setStock("owner1", 1, SOLD_OUT, 100);
        }
    }

    @Test
    void aDeclinedCardShowsThePaymentProblemAndPlacesNothing() {
        setStock("owner1", 1, DISH, 500);
        String expected = Saga.placeOrder("customer2", orderJson(1, DISH, 1, DECLINED_CARD)).json().getString("detail");

        browser.signedInTab("customer2");
        fillCart();
        browser.type(By.cssSelector("#order-form input[name='card']"), DECLINED_CARD);
        browser.click(By.id("place-order"));
        WebElement error = browser.await(By.id("error"));
        assertTrue(error.getText().contains(expected), () -> "the 402's detail '" + expected + "' in: " + error.getText());
        assertTrue(browser.hash().startsWith("#/cart"), "still at the cart");
        assertFalse(browser.all(By.cssSelector("#cart-lines li")).isEmpty(), "the cart is kept");
        // The failed request is the only console error: Chrome logs every non-2xx load.
        List<String> errors = browser.newConsoleErrors();
        assertTrue(errors.stream().allMatch(e -> e.contains("402")), () -> "console errors " + errors);
    }

    @Test
    void theOperatorSeesTheCircuitAndInjectsFaults() {
        browser.signedInTab("admin");
        browser.await(By.id("ft-chart"));
        WebElement state = browser.await(By.id("circuit-state"));
        Saga.await(() -> java.util.Optional.of(state.getText()).filter(s -> List.of("closed", "open", "halfOpen").contains(s)),
                "the circuit's state on the page");
        browser.await(By.id("parked-events"));
        browser.type(By.id("delay-ms"), "0");
        browser.type(By.id("failure-percent"), "0");
        browser.click(By.id("apply-faults"));
        browser.await(By.id("notice"));
        assertTrue(browser.await(By.id("ft-counters")).getText().matches(".*\\d.*"), "the fault-tolerance counters");
        assertPhoneFits("operations");
        browser.screenshot("admin-operations");
        assertNoConsoleErrors("operations");
    }

    @Test
    void anExpiredTokenLeadsBackToSignInAndKeepsTheCart() {
        setStock("owner1", 1, DISH, 500);
        browser.signedInTab("customer1");
        fillCart();
        // Three hours later (tokens live two): the page's clock moves on, the token in memory expires.
        browser.script("window.realNow = Date.now; Date.now = () => window.realNow.call(Date) + 3 * 3600 * 1000;");
        browser.go("#/orders");
        browser.await(By.id("expired"));
        browser.await(By.id("sign-in-form"));
        browser.script("Date.now = window.realNow;");
        browser.signIn("customer1");
        browser.go("#/cart");
        browser.await(By.id("cart-lines"));
        assertEquals(1, browser.all(By.cssSelector("#cart-lines li")).size(), "the cart survived the expired session");
        assertNoConsoleErrors("expired session");
    }

    @Test
    void aWrongPasswordIsShownOnTheForm() {
        browser.signedInTab("customer1");
        browser.click(By.id("sign-out"));
        browser.type(By.id("username"), "customer1");
        browser.type(By.id("password"), "wrong");
        browser.click(By.id("sign-in"));
        assertTrue(browser.await(By.id("error")).isDisplayed());
        assertTrue(browser.all(By.id("sign-out")).isEmpty(), "not signed in");
        List<String> errors = browser.newConsoleErrors();
        assertTrue(errors.stream().allMatch(e -> e.contains("oidc/endpoint/food/token")), () -> "console errors " + errors);
    }

    @Test
    void labelsSwitchBetweenKoreanAndEnglishAndSignOutForgetsTheToken() {
        browser.signedInTab("customer1");
        browser.await(By.id("stores"));
        String korean = browser.await(By.id("sign-out")).getText();
        browser.click(By.id("lang"));
        String english = browser.await(By.id("sign-out")).getText();
        assertEquals("Sign out", english);
        assertEquals("로그아웃", korean);
        browser.click(By.id("lang"));
        browser.click(By.id("sign-out"));
        browser.await(By.id("sign-in-form"));
        browser.go("#/orders");
        browser.await(By.id("sign-in-form"));   // no token left: every page asks to sign in
        assertPhoneFits("sign-in");
        browser.screenshot("sign-in");
        assertNoConsoleErrors("sign-in");
    }
}
