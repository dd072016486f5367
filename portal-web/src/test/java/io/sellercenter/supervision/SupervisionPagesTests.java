package io.sellercenter.supervision;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.sellercenter.file.Upload;
import io.sellercenter.order.NewOrder;
import io.sellercenter.order.OrderChargingMode;
import io.sellercenter.order.OrderIntake;
import io.sellercenter.order.OrderStatus;
import io.sellercenter.order.OrderType;
import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Supervision as merchants handle it: a paid order of Acme's data-file product makes a
 * task, the customer's steps come through the intake the platform API calls, and the
 * merchant's steps through the pages; who may see and act, appeals and unsubscriptions.
 */
@PortalTest
class SupervisionPagesTests {

	static final byte[] PDF = "%PDF-1.4\n% acceptance\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0 };

	/** The reader's zone when the browser has not told one: China Standard Time. */
	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrderIntake orders;

	@Autowired
	SupervisionIntake intake;

	@Test
	void aTaskGoesFromRequirementToAcceptanceAndCompletesItsOrder() throws Exception {
		String order = order();
		String task = order + "-1";
		assertThat(orderStatus(order)).isEqualTo("PROCESSING");
		assertThat(page("acme-admin", "/supervision?view=ALL", "en").select("[data-testid=task-" + task + "]"))
			.hasSize(1);
		Document zh = page("acme-support", "/supervision", "zh");
		assertThat(zh.select("[data-testid=task-" + task + "]")).as("waits on the customer").isEmpty();
		assertThat(
				page("acme-support", "/supervision?view=MINE", "zh").select("[data-testid=task-" + task + "]").text())
			.contains("待客户提交需求");
		customer(task, CustomerStep.Type.REQUIREMENT_SUBMITTED, "Footfall of March");
		assertThat(page("acme-support", "/supervision", "en").select("[data-testid=task-" + task + "]").text())
			.contains("Confirm the requirement");
		step("acme-support", "/supervision/" + task + "/confirm", "note=Fine");
		assertThat(stepOf(task)).isEqualTo("DELIVERING");
		refusedMultipart(deliver(task, PDF, "document.pdf", false), "supervision.error.confirmationsRequired");
		assertThat(documents(task)).as("nothing stored").isZero();
		assertThat(stepOf(task)).isEqualTo("DELIVERING");
		Document details = page("acme-support", "/supervision/" + task, "en");
		assertThat(details.selectFirst("[data-testid=deliver-form]").text()).contains(order, "Acme Trading Co., Ltd.",
				"Retail Footfall Dataset / Per download");
		stepMultipart(deliver(task, PDF, "acceptance.pdf", true));
		assertThat(stepOf(task)).isEqualTo("AWAITING_ACCEPTANCE");
		assertThat(documents(task)).isEqualTo(1);
		customer(task, CustomerStep.Type.DELIVERY_ACCEPTED, null);
		assertThat(stepOf(task)).isEqualTo("COMPLETED");
		assertThat(orderStatus(order)).isEqualTo("COMPLETED");
		Document done = page("acme-support", "/supervision/" + task, "zh");
		assertThat(done.select("[data-testid=task-actions]")).isEmpty();
		assertThat(done.text()).contains("客户已验收，任务完成。");
		assertThat(done.select("[data-testid=document]")).hasSize(1);
	}

	@Test
	void aSentBackRequirementWaitsForTheCustomerAgain() throws Exception {
		String task = order() + "-1";
		customer(task, CustomerStep.Type.REQUIREMENT_SUBMITTED, "Everything");
		refused("acme-support", "/supervision/" + task + "/send-back", "reason=", "supervision.error.textRequired");
		step("acme-support", "/supervision/" + task + "/send-back", "reason=Which+stores%3F");
		assertThat(stepOf(task)).isEqualTo("AWAITING_REQUIREMENT");
		refused("acme-support", "/supervision/" + task + "/confirm", "", "supervision.error.notAllowed");
		assertThat(
				page("acme-support", "/supervision/" + task, "en").select("[data-testid=entry-REQUIREMENT_SENT_BACK]")
					.text())
			.contains("Which stores?");
	}

	@Test
	void aRenamedExecutableIsRefused() throws Exception {
		String task = order() + "-1";
		customer(task, CustomerStep.Type.REQUIREMENT_SUBMITTED, "Data");
		step("acme-support", "/supervision/" + task + "/confirm", "");
		MvcResult result = deliver(task, EXE, "acceptance.pdf", true);
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat((Map<String, Object>) result.getFlashMap()).containsKey("supervisionError");
		assertThat(documents(task)).isZero();
		assertThat(stepOf(task)).isEqualTo("DELIVERING");
	}

	@Test
	void aSubUserWithoutTheProductFindsNothing() throws Exception {
		String task = order() + "-1";
		customer(task, CustomerStep.Type.REQUIREMENT_SUBMITTED, "Data");
		step("acme-support", "/supervision/" + task + "/confirm", "");
		stepMultipart(deliver(task, PDF, "acceptance.pdf", true));
		long file = this.jdbc.queryForObject("SELECT MAX(d.file_id) FROM supervision_attachment d"
				+ " JOIN supervision_task t ON t.id = d.task_ref WHERE t.task_no = ?", Long.class, task);
		assertThat(status("acme-admin", "/supervision/" + task + "/files/" + file)).isEqualTo(200);
		assertThat(status("acme-ops", "/supervision/" + task)).isEqualTo(404);
		assertThat(status("acme-ops", "/supervision/" + task + "/files/" + file)).isEqualTo(404);
		assertThat(send("acme-ops", "/supervision/" + task + "/send-back", "reason=x").getResponse().getStatus())
			.isEqualTo(404);
		assertThat(page("acme-ops", "/supervision?view=ALL", "en").select("[data-testid=task-" + task + "]")).isEmpty();
		assertThat(status("globex-admin", "/supervision/" + task)).isIn(403, 404);
		assertThat(status("acme-admin", "/supervision/" + task + "/files/900001")).isEqualTo(404);
	}

	@Test
	void anAppealWaitsForItsGroundsAndFreezesTheTask() throws Exception {
		String task = order() + "-1";
		customer(task, CustomerStep.Type.REQUIREMENT_SUBMITTED, "Data");
		step("acme-support", "/supervision/" + task + "/confirm", "");
		assertThat(page("acme-support", "/supervision/" + task, "en").select("[data-testid=appeal-form]")).isEmpty();
		refusedMultipart(appeal(task), "supervision.error.notAllowed");
		for (int i = 0; i < 4; i++) {
			stepMultipart(deliver(task, PDF, "acceptance.pdf", true));
			customer(task, CustomerStep.Type.DELIVERY_REJECTED, "Not the right month");
		}
		assertThat(page("acme-support", "/supervision/" + task, "en").select("[data-testid=appeal-form]").text())
			.contains("more than 3 times");
		stepMultipart(appeal(task));
		assertThat(
				this.jdbc.queryForObject("SELECT frozen FROM supervision_task WHERE task_no = ?", Boolean.class, task))
			.isTrue();
		refusedMultipart(deliver(task, PDF, "acceptance.pdf", true), "supervision.error.frozen");
		Document page = page("acme-support", "/supervision/" + task, "zh");
		assertThat(page.select("[data-testid=task-actions]")).isEmpty();
		assertThat(page.selectFirst("[data-testid=task-frozen]").text()).contains("等待云商店运营人员裁决");
		assertThat(
				page("acme-admin", "/supervision?view=ALL&appeal=true", "en").select("[data-testid=task-" + task + "]"))
			.hasSize(1);
	}

	@Test
	void anApprovedUnsubscriptionRefundsTheLineAndClosesTheTask() throws Exception {
		String order = order();
		String task = order + "-1";
		customer(task, CustomerStep.Type.UNSUBSCRIBE_REQUESTED, "Bought by mistake");
		assertThat(page("acme-admin", "/supervision/unsubscribes?status=REQUESTED", "en")
			.select("[data-testid=unsubscribe-" + task + "]")).hasSize(1);
		assertThat(page("acme-support", "/supervision/" + task, "en").select("[data-testid=unsubscribe-approve-form]")
			.attr("data-confirm")).contains(order);
		step("acme-support", "/supervision/" + task + "/unsubscribe/approve", "");
		assertThat(stepOf(task)).isEqualTo("CLOSED");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM orders WHERE order_type = 'UNSUBSCRIBE'" + " AND order_id LIKE ?", Integer.class,
				"%" + order + "%"))
			.isEqualTo(1);
		assertThat(page("acme-admin", "/supervision/unsubscribes?status=APPROVED", "zh")
			.select("[data-testid=unsubscribe-" + task + "]")
			.text()).contains("已同意");
		refused("acme-support", "/supervision/" + task + "/unsubscribe/refuse", "reason=No", "supervision.error.ended");
	}

	private String order() {
		String id = "SV" + ThreadLocalRandom.current().nextInt(100_000_000);
		long product = this.jdbc.queryForObject("SELECT p.id FROM product p JOIN merchant m ON m.id = p.merchant_id"
				+ " WHERE m.domain_id = 'acme' AND p.name_en = 'Retail Footfall Dataset'", Long.class);
		long spec = this.jdbc.queryForObject(
				"SELECT id FROM product_spec WHERE product_id = ? AND name_en = 'Per download'", Long.class, product);
		LocalDateTime paid = LocalDateTime.now(ZoneOffset.UTC).minusHours(2);
		this.orders.receive(new NewOrder(id, "acme", OrderType.NEW, OrderStatus.PROCESSING, paid, paid, "CNY",
				new BigDecimal("199.00"), new NewOrder.Customer("c-" + id, "Acme Trading Ltd", "acme-trading"),
				List.of(new NewOrder.Line(id + "-1", product, spec, OrderChargingMode.ON_DEMAND_PKG, null, null, null,
						new BigDecimal("199.00"), List.of(id + "-i")))),
				"ev-" + id);
		return id;
	}

	private void customer(String task, CustomerStep.Type type, String text) {
		this.intake.customerStep(task, new CustomerStep(type, text, "Acme Trading Co., Ltd.", "Lee", "+86 10 1234",
				"lee@example.com", List.of()), "ev-" + task + "-" + ThreadLocalRandom.current().nextInt(1_000_000));
	}

	private MvcResult deliver(String task, byte[] content, String name, boolean ticks) throws Exception {
		String start = LOCAL.format(LocalDateTime.now(ZoneOffset.UTC).plusHours(8).minusMinutes(30));
		MockMultipartHttpServletRequestBuilder request = multipart("/supervision/" + task + "/deliver");
		request.file(new MockMultipartFile("document", name, "application/pdf", content));
		request.param("start", start);
		if (ticks) {
			request.param("namesOrder", "true").param("namesCustomer", "true").param("namesProduct", "true");
		}
		return this.mvc.perform(request.with(csrf()).with(users().as("acme-support"))).andReturn();
	}

	private MvcResult appeal(String task) throws Exception {
		return this.mvc
			.perform(multipart("/supervision/" + task + "/appeal")
				.file(new MockMultipartFile("proof", "chat.pdf", "application/pdf", PDF))
				.param("reason", "The customer keeps rejecting a correct file")
				.with(csrf())
				.with(users().as("acme-support")))
			.andReturn();
	}

	private String stepOf(String task) {
		return this.jdbc.queryForObject("SELECT step FROM supervision_task WHERE task_no = ?", String.class, task);
	}

	private String orderStatus(String order) {
		return this.jdbc.queryForObject("SELECT status FROM orders WHERE order_id = ?", String.class, order);
	}

	private int documents(String task) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM supervision_attachment d JOIN supervision_task t"
				+ " ON t.id = d.task_ref WHERE t.task_no = ? AND d.role <> 'REQUIREMENT'", Integer.class, task);
	}

	private TestUsers users() {
		return new TestUsers(this.jdbc);
	}

	private void step(String user, String path, String form) throws Exception {
		stepMultipart(send(user, path, form));
	}

	private static void stepMultipart(MvcResult result) {
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/supervision/");
		assertThat((Map<String, Object>) result.getFlashMap()).as("refused: " + result.getFlashMap())
			.doesNotContainKey("supervisionError");
	}

	private void refused(String user, String path, String form, String error) throws Exception {
		refusedMultipart(send(user, path, form), error);
	}

	private static void refusedMultipart(MvcResult result, String error) {
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat((Map<String, Object>) result.getFlashMap()).containsEntry("supervisionError", error);
	}

	private MvcResult send(String user, String path, String form) throws Exception {
		return this.mvc
			.perform(post(path).with(csrf())
				.with(users().as(user))
				.contentType("application/x-www-form-urlencoded")
				.content(form))
			.andReturn();
	}

	private Document page(String user, String path, String language) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get(path).header("Accept-Language", language).with(users().as(user)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("??");
		return Jsoup.parse(html);
	}

	private int status(String user, String path) throws Exception {
		return this.mvc.perform(get(path).with(users().as(user))).andReturn().getResponse().getStatus();
	}

}
