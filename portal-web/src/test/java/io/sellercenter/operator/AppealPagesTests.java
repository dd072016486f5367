package io.sellercenter.operator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.http.Cookie;

import io.sellercenter.order.OrderIntake;
import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.supervision.Decision;
import io.sellercenter.supervision.SupervisionAppeals;
import io.sellercenter.supervision.SupervisionIntake;
import io.sellercenter.supervision.SupervisionRejected;
import io.sellercenter.supervision.SupervisionService;
import io.sellercenter.testsupport.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The operators' appeal pages on a task the domain really took to an appeal: the queue
 * lists it, the page shows the whole story with the task's own documents only, and a
 * decision is taken once, whatever the decision, however many operators press at once.
 */
@PortalTest
class AppealPagesTests {

	private static final String OPERATOR = "mkt-reviewer";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrderIntake orders;

	@Autowired
	SupervisionIntake intake;

	@Autowired
	SupervisionService service;

	@Autowired
	SupervisionAppeals appeals;

	@Autowired
	Clock clock;

	AppealWorld world;

	@BeforeEach
	void world() {
		this.jdbc.update("""
				INSERT IGNORE INTO portal_user (domain_id, user_name, account_type, display_name, status, registered_at)
				VALUES ('marketplace', 'mkt-reviewer', 'OPERATOR', 'Rita Reviewer', 'ACTIVE', UTC_TIMESTAMP(6))
				""");
		this.world = new AppealWorld(this.jdbc, this.orders, this.intake, this.service, this.clock);
	}

	@Test
	void theQueueListsTheOpenAppealInWords() throws Exception {
		String task = this.world.appealedTask();
		long appeal = this.world.appealOf(task);

		Document en = page(get("/operator/appeals").param("page", String.valueOf(lastPageHolding(appeal))), "en");
		Element row = en.selectFirst("[data-testid=appeal-" + appeal + "]");
		assertThat(row).as("the open appeal is listed").isNotNull();
		assertThat(row.text()).contains(this.world.merchantName, task, task.substring(0, task.length() - 2),
				"Weather data set", "rejected the delivery more than 3 times", "Awaiting acceptance");
		assertThat(row.text()).doesNotContain("REPEATED_REJECTIONS", "AWAITING_ACCEPTANCE");

		Document zh = page(get("/operator/appeals").param("page", String.valueOf(lastPageHolding(appeal))), "zh-CN");
		assertThat(zh.selectFirst("[data-testid=appeal-" + appeal + "]").text()).contains("气象数据集", "客户已驳回交付超过 3 次");
		assertThat(zh.selectFirst("[data-testid=nav-appeals]").text()).isEqualTo("申诉处理");
	}

	@Test
	void theAppealShowsTheTimelineAndOnlyItsTasksDocuments() throws Exception {
		String task = this.world.appealedTask();
		long appeal = this.world.appealOf(task);
		String other = this.world.appealedTask();
		long otherAppeal = this.world.appealOf(other);

		Document en = page(get("/operator/appeals/" + appeal), "en");
		assertThat(en.selectFirst("[data-testid=task-facts]").text()).contains("Wang Customer",
				"Wang Trading Co., Ltd.", "13800000000", "wang@example.com", "4 rejected", "Weather data set · Full",
				"500.00 CNY");
		assertThat(en.selectFirst("[data-testid=task-facts]").text()).doesNotContain("null", "AWAITING");
		assertThat(en.select("[data-testid=entry-REJECTED]")).hasSize(4);
		assertThat(en.select("[data-testid=entry-DELIVERED]")).hasSize(5);
		assertThat(en.select("[data-testid=entry-APPEALED]")).hasSize(1);
		assertThat(en.selectFirst("[data-testid=timeline]").text()).contains("Not what we asked for 4")
			.doesNotContain("REJECTED", "DELIVERING");
		List<String> links = en.select("[data-testid=documents] a").eachAttr("href");
		assertThat(links).hasSize(6).allMatch((href) -> href.startsWith("/operator/appeals/" + appeal + "/files/"));
		assertThat(en.selectFirst("[data-testid=decision]")).isNotNull();
		assertThat(en.selectFirst("[data-testid=decide-refund]").attr("data-confirm")).as("refunding asks first")
			.contains(orderOf(task));
		assertThat(en.select("select[name=returnTo] option").eachAttr("value")).as("steps that have not ended")
			.containsExactly("AWAITING_REQUIREMENT", "CONFIRMING_REQUIREMENT", "DELIVERING", "AWAITING_ACCEPTANCE");
		assertThat(en.select("select[name=returnTo] option").eachText()).doesNotContain("AWAITING_ACCEPTANCE");
		assertThat(en.select("[data-testid=decision] textarea[name=note][required]")).hasSize(3);

		MockHttpServletResponse file = this.mvc.perform(get(links.get(0)).with(users().as(OPERATOR)))
			.andReturn()
			.getResponse();
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentAsByteArray()).isEqualTo(AppealWorld.PDF);

		String otherFile = page(get("/operator/appeals/" + otherAppeal), "en").select("[data-testid=documents] a")
			.get(0)
			.attr("href");
		String borrowed = "/operator/appeals/" + appeal + "/files/"
				+ otherFile.substring(otherFile.lastIndexOf('/') + 1);
		assertThat(status(get(borrowed), OPERATOR)).as("another task's document").isEqualTo(404);
	}

	@Test
	void completingCompletesTheTaskAndTheOrder() throws Exception {
		String task = this.world.appealedTask();
		long appeal = this.world.appealOf(task);

		MockHttpServletResponse response = decide(appeal, "COMPLETE", null, "The delivery matches the requirement");
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(this.world.step(task)).isEqualTo("COMPLETED");
		assertThat(this.world.orderStatus(orderOf(task))).isEqualTo("COMPLETED");
		Document en = page(get("/operator/appeals/" + appeal), "en");
		assertThat(en.selectFirst("[data-testid=appeal-status]").text()).isEqualTo("Decided");
		assertThat(en.selectFirst("[data-testid=decision]")).as("no second form").isNull();
		assertThat(en.selectFirst("[data-testid=decided]").text()).contains("completed as accepted",
				"The delivery matches the requirement");
	}

	@Test
	void returningUnfreezesTheTaskInTheChosenStep() throws Exception {
		String task = this.world.appealedTask();
		long appeal = this.world.appealOf(task);

		decide(appeal, "RETURN", "DELIVERING", "Deliver the missing hours");
		assertThat(this.world.step(task)).isEqualTo("DELIVERING");
		assertThat(this.world.frozen(task)).isFalse();
		assertThat(page(get("/operator/appeals/" + appeal), "en").selectFirst("[data-testid=decided]").text())
			.contains("Returned to \"To deliver\"");
	}

	@Test
	void refundingCancelsTheOrderWithAnUnsubscribeOrder() throws Exception {
		String task = this.world.appealedTask();
		long appeal = this.world.appealOf(task);

		decide(appeal, "REFUND", null, "The data set cannot be delivered");
		assertThat(this.world.step(task)).isEqualTo("CLOSED");
		assertThat(this.world.orderStatus(orderOf(task))).isEqualTo("CANCELLED");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM orders WHERE merchant_id = ? AND order_type = 'UNSUBSCRIBE'", Integer.class,
				this.world.merchantId))
			.isEqualTo(1);
	}

	@Test
	void aSecondDecisionSaysAlreadyDecidedAndChangesNothing() throws Exception {
		String task = this.world.appealedTask();
		long appeal = this.world.appealOf(task);
		decide(appeal, "COMPLETE", null, "Complete");

		MvcResult second = decision(appeal, "REFUND", null, "Refund after all");
		assertThat(second.getFlashMap().get("error")).isEqualTo("operator.appeals.error.decided");
		assertThat(this.world.step(task)).isEqualTo("COMPLETED");
		assertThat(this.world.orderStatus(orderOf(task))).isEqualTo("COMPLETED");
		MvcResult again = decision(appeal, "RETURN", "DELIVERING", "Return");
		assertThat(again.getFlashMap().get("error")).isEqualTo("operator.appeals.error.decided");
		// The flash lives in the portal's own session store: follow the redirect with its
		// cookie.
		Cookie session = again.getResponse().getCookie("SESSION");
		assertThat(session).as("the flash's session").isNotNull();
		Document shown = page(get(again.getResponse().getRedirectedUrl()).cookie(session), "en");
		assertThat(shown.selectFirst("[data-testid=appeal-error]").text()).contains("already decided");
		assertThat(this.world.step(task)).isEqualTo("COMPLETED");
	}

	@Test
	void twoOperatorsAtOnceDecideOnce() throws Exception {
		String task = this.world.appealedTask();
		long appeal = this.world.appealOf(task);
		Actor operator = users().current(OPERATOR).actor("127.0.0.1");
		CountDownLatch start = new CountDownLatch(1);
		Callable<Boolean> decision = () -> {
			start.await();
			try {
				this.appeals.decide(appeal, operator, Decision.COMPLETE, null, "At once");
				return true;
			}
			catch (SupervisionRejected ex) {
				assertThat(ex.code()).isEqualTo("decided");
				return false;
			}
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			results.add(pool.submit(decision));
			results.add(pool.submit(decision));
			start.countDown();
			int won = 0;
			for (Future<Boolean> result : results) {
				won += result.get() ? 1 : 0;
			}
			assertThat(won).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc
			.queryForObject("SELECT COUNT(*) FROM supervision_entry e JOIN supervision_task t ON t.id = e.task_ref"
					+ " WHERE t.task_no = ? AND e.kind = 'APPEAL_DECIDED'", Integer.class, task))
			.isEqualTo(1);
	}

	@Test
	void merchantsCannotReachTheOperatorPages() throws Exception {
		String task = this.world.appealedTask();
		long appeal = this.world.appealOf(task);
		for (String path : List.of("/operator/appeals", "/operator/appeals/" + appeal, "/operator/unsubscribes")) {
			assertThat(status(get(path), this.world.mainUser)).as(path).isIn(403, 404);
		}
		MockHttpServletResponse response = this.mvc
			.perform(post("/operator/appeals/" + appeal + "/decide").param("decision", "COMPLETE")
				.param("note", "Mine")
				.with(csrf())
				.with(users().as(this.world.mainUser)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isIn(403, 404);
		assertThat(this.world.step(task)).isEqualTo("AWAITING_ACCEPTANCE");
	}

	@Test
	void refusedUnsubscribesOfEveryMerchantAreListedNewestFirst() throws Exception {
		String task = this.world.refusedUnsubscribe("We no longer need the data", "The data set was delivered already");

		Document en = page(get("/operator/unsubscribes"), "en");
		Element row = en.selectFirst("[data-testid=unsubscribe-table] tbody tr");
		assertThat(row.text()).contains(this.world.merchantName, task, orderOf(task), "Weather data set",
				"We no longer need the data", "The data set was delivered already");
		assertThat(page(get("/operator/unsubscribes"), "zh-CN").selectFirst("[data-testid=unsubscribe-table] tbody tr")
			.text()).contains("气象数据集");
		assertThat(en.selectFirst("[data-testid=nav-refused-unsubscribes]").text()).isEqualTo("Refused unsubscribes");
	}

	private MockHttpServletResponse decide(long appeal, String decision, String returnTo, String note)
			throws Exception {
		return decision(appeal, decision, returnTo, note).getResponse();
	}

	private MvcResult decision(long appeal, String decision, String returnTo, String note) throws Exception {
		MockHttpServletRequestBuilder request = post("/operator/appeals/" + appeal + "/decide")
			.param("decision", decision)
			.param("note", note);
		if (returnTo != null) {
			request = request.param("returnTo", returnTo);
		}
		return this.mvc.perform(request.with(csrf()).with(users().as(OPERATOR))).andReturn();
	}

	/** Open appeals go by due date, and this test's is the newest: on the last page. */
	private int lastPageHolding(long appeal) {
		long open = this.appeals.openCount();
		return (int) Math.max(1, (open + PageRequest.SIZE - 1) / PageRequest.SIZE);
	}

	private String orderOf(String task) {
		return task.substring(0, task.length() - 2);
	}

	private int status(MockHttpServletRequestBuilder request, String user) throws Exception {
		return this.mvc.perform(request.with(users().as(user))).andReturn().getResponse().getStatus();
	}

	private Document page(MockHttpServletRequestBuilder request, String language) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(request.with(users().as(OPERATOR)).header("Accept-Language", language))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private TestUsers users() {
		return new TestUsers(this.jdbc);
	}

}
