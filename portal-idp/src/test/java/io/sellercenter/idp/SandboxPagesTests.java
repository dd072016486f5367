package io.sellercenter.idp;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer sandbox against a fake portal, through the real provider and its token
 * endpoint.
 */
@IdpSpringBootTest
class SandboxPagesTests {

	static final FakePortal portal = start();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void portal(DynamicPropertyRegistry registry) {
		registry.add("idp.sandbox.portal-url", portal::url);
	}

	@AfterAll
	static void stop() {
		portal.close();
	}

	@Test
	void ticketsPageListsTheMerchantsProductsWithoutSignIn() {
		HttpResponse<String> page = browser().get("/sandbox/tickets?merchant=globex");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Play the customer", "Hardened Image (IMAGE #12)", "cust-demo-1",
				"Demo Customer Ltd", "name=\"_csrf\"");
		assertThat(portal.calls)
			.anyMatch((call) -> call.path().equals("/api/platform/v1/products?merchant=globex&size=100")
					&& call.authorization().startsWith("Bearer "));
	}

	@Test
	void openTicketWithAttachmentThenShowItThenEventRefusedInWords() {
		Browser browser = browser();
		String csrf = Browser.csrf(browser.get("/sandbox/tickets"));
		HttpResponse<String> opened = browser.postMultipart("/sandbox/tickets",
				Map.of("_csrf", csrf, "merchant", "acme", "productId", "12", "customerId", "cust-demo-1",
						"customerName", "Demo Customer Ltd", "accountName", "demo-customer", "title",
						"Image will not boot", "category", "FAULT", "message", "It stops at grub"),
				"attachments", "screen.png", "png!".getBytes(StandardCharsets.UTF_8));
		assertThat(opened.statusCode()).withFailMessage(opened.body()).isEqualTo(303);
		String ticketPath = Browser.location(opened).replaceFirst("^https?://[^/]+", "");
		assertThat(ticketPath).matches("/sandbox/tickets/TK\\d{14}\\d{4}");

		FakePortal.Call open = portal.calls.stream()
			.filter((call) -> call.method().equals("POST") && call.path().equals("/api/platform/v1/tickets"))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(open.body())
			.contains("\"merchant\":\"acme\"", "\"product_id\":12", "\"account_name\":\"demo-customer\"",
					"\"category\":\"FAULT\"",
					"\"content_base64\":\""
							+ Base64.getEncoder().encodeToString("png!".getBytes(StandardCharsets.UTF_8)) + "\"",
					"\"created_at\":\"", "\"event_id\":\"")
			.doesNotContain("order_id");

		HttpResponse<String> ticket = browser.get(ticketPath);
		assertThat(ticket.body()).contains("opened and sent to the product&#39;s primary handler (acme-support)",
				"Waiting for your confirmation", "It stops at &lt;grub&gt;", "Wrong kernel", "screen.png");

		HttpResponse<String> event = browser.post(ticketPath + "/events",
				Map.of("_csrf", Browser.csrf(ticket), "action", "confirm"));
		assertThat(event.statusCode()).isEqualTo(303);
		assertThat(browser.get(ticketPath).body()).contains("409 Conflict", "The ticket is completed");
		browser.post(ticketPath + "/events", Map.of("_csrf", Browser.csrf(ticket), "action", "cancel"));
		assertThat(portal.calls.stream()
			.filter((call) -> call.path().startsWith(ticketPath.replace("/sandbox/", "/api/platform/v1/") + "/events"))
			.map((call) -> call.body().replaceAll("(?s).*\"event_id\":\"([^\"]+)\".*", "$1"))
			.distinct()).hasSize(2);

		assertThat(browser.get("/sandbox/tickets").body()).contains(ticketPath);
	}

	@Test
	void supervisionTaskShowsItsTimelineProxiesItsDocumentAndSendsTheCustomersSteps() {
		Browser browser = browser();
		assertThat(browser.get("/sandbox/tickets").body()).contains("href=\"/sandbox/supervision\"");
		HttpResponse<String> found = browser.get("/sandbox/supervision?task=ORD-1-1");
		assertThat(found.statusCode()).isEqualTo(303);
		HttpResponse<String> page = browser.get("/sandbox/supervision/ORD-1-1");
		assertThat(page.body()).contains("Retail Footfall Dataset", "Awaiting acceptance", "Files are &lt;ready&gt;",
				"href=\"/sandbox/supervision/ORD-1-1/files/77\"", "acceptance.pdf");
		HttpResponse<String> file = browser.get("/sandbox/supervision/ORD-1-1/files/77");
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).startsWith("%PDF");

		HttpResponse<String> refused = browser.post("/sandbox/supervision/ORD-1-1/events",
				Map.of("_csrf", Browser.csrf(page), "action", "reject"));
		assertThat(refused.statusCode()).isEqualTo(303);
		assertThat(browser.get("/sandbox/supervision/ORD-1-1").body()).contains("Give a reason first.");

		HttpResponse<String> requirement = browser.postMultipart("/sandbox/supervision/ORD-1-1/events",
				Map.of("_csrf", Browser.csrf(page), "action", "requirement", "text", "March data", "companyName",
						"Demo Customer Ltd", "contactName", "Li Wei", "contactEmail", "li@example.com"),
				"attachments", "scope.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
		assertThat(requirement.statusCode()).isEqualTo(303);
		assertThat(browser.get("/sandbox/supervision/ORD-1-1").body()).contains("Sent. The task is now Completed.");
		FakePortal.Call sent = portal.calls.stream()
			.filter((call) -> call.method().equals("POST")
					&& call.path().equals("/api/platform/v1/supervision/ORD-1-1/events"))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(sent.body()).contains("\"type\":\"REQUIREMENT_SUBMITTED\"", "\"company_name\":\"Demo Customer Ltd\"",
				"\"contact\":{\"name\":\"Li Wei\"", "\"email\":\"li@example.com\"", "\"name\":\"scope.pdf\"");
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() {
		HttpResponse<String> response = browser().post("/sandbox/tickets/TK1/events", Map.of("action", "cancel"));
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void signInPageLinksToTheSandbox() {
		assertThat(browser().get("/login").body()).contains("href=\"/sandbox/tickets\"");
	}

	private Browser browser() {
		return new Browser("http://127.0.0.1:" + this.port);
	}

	private static FakePortal start() {
		try {
			return new FakePortal();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
