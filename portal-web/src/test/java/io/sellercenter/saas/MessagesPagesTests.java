package io.sellercenter.saas;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.sellercenter.order.NewOrder;
import io.sellercenter.order.OrderChargingMode;
import io.sellercenter.order.OrderIntake;
import io.sellercenter.order.OrderStatus;
import io.sellercenter.order.OrderType;
import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.DemoMerchant;
import io.sellercenter.testsupport.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 生产接口消息 as the merchant reads them: a paid order of Acme CRM Cloud whose create the demo
 * merchant server refuses shows up in words in both languages, filtered by order; once
 * the server is fixed "call again" makes the instance; other merchants and sub-users
 * without the product see nothing of it.
 */
@PortalTest
class MessagesPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrderIntake orders;

	@Autowired
	ProvisionRunner runner;

	@Autowired
	ProductionSetup setup;

	private final DemoMerchant server = new DemoMerchant();

	/**
	 * Acme's demo interface, as the local run wires it (other tests point Acme
	 * elsewhere).
	 */
	@BeforeEach
	void acmeOnTheDemoServer() throws Exception {
		long acme = this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'acme'", Long.class);
		Actor actor = Actor.system("test", new MerchantId(acme));
		this.setup.saveAddress(actor, this.server.address(), Contract.V2);
		this.setup.bind(actor, InterfaceType.BASIC, DemoProduction.ACCESS_KEY, DemoProduction.SECRET);
	}

	@Test
	void aFailedCreateIsShownInWordsAndCalledAgainOnceFixed() throws Exception {
		String line;
		try {
			this.server.mode(DemoProduction.ACCESS_KEY, "FAIL");
			line = paidOrder();
			this.runner.runDue(50);
		}
		finally {
			this.server.mode(DemoProduction.ACCESS_KEY, "NORMAL");
		}
		String order = line.substring(0, line.length() - "-000001".length());

		Document en = page("acme-admin", "/saas/messages?orderId=" + order, "en");
		assertThat(en.select("[data-testid=message-table] tbody tr")).hasSize(1);
		assertThat(en.select("[data-testid=message-table]").text()).contains(line, "Create instance",
				"The resultCode says the call failed", "000005: Other error", "Retrying", "Acme CRM Cloud");
		Document zh = page("acme-admin", "/saas/messages?orderId=" + order, "zh");
		assertThat(zh.select("[data-testid=message-table]").text()).contains("开通实例", "重试中", "云端客户管理");
		assertThat(page("acme-admin", "/saas/messages?orderId=NOPE" + order, "en")
			.select("[data-testid=message-table] tbody tr [data-testid=call-again]")).isEmpty();
		assertThat(page("globex-admin", "/saas/messages", "en").text()).doesNotContain(order);
		assertThat(this.mvc.perform(get("/saas/messages").with(users().as("acme-ops")))
			.andReturn()
			.getResponse()
			.getStatus()).as("acme-ops has no application tools menu").isEqualTo(403);

		assertThat(page("acme-admin", "/orders/" + order, "en").select("[data-testid=line-provisioning]").text())
			.as("the order's page says the line's instance is not made yet")
			.contains("Instance creation:", "Retrying", "See the interface messages");
		String action = en.select("[data-testid=message-table] form").attr("action");
		long work = this.jdbc.queryForObject(
				"SELECT id FROM saas_provision WHERE order_line_id = ? AND activity = 'NEW_INSTANCE'", Long.class,
				line);
		assertThat(action).isEqualTo("/saas/messages/" + work + "/call-again");
		assertThat(status("globex-admin", action)).isEqualTo(404);
		MockHttpServletResponse called = this.mvc
			.perform(post(action).param("orderId", order).with(csrf()).with(users().as("acme-admin")))
			.andReturn()
			.getResponse();
		assertThat(called.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject(
				"SELECT state FROM saas_provision WHERE order_line_id = ? AND activity = 'NEW_INSTANCE'", String.class,
				line))
			.isEqualTo("DONE");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM order_instance i JOIN order_line l"
				+ " ON l.id = i.line_ref WHERE l.order_line_id = ?", Integer.class, line))
			.isOne();
		assertThat(page("acme-admin", "/saas/messages?orderId=" + order, "en").select("[data-testid=message-state]")
			.text()).contains("Done");
		assertThat(status("acme-admin", action)).as("done work is not called again").isEqualTo(404);
		assertThat(page("acme-admin", "/orders/" + order, "zh").select("[data-testid=line-provisioning]").text())
			.contains("实例开通", "已完成")
			.doesNotContain("查看生产接口消息");
	}

	private String paidOrder() {
		String id = "SM" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		LocalDateTime paid = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1);
		this.orders.receive(new NewOrder(id, "acme", OrderType.NEW, OrderStatus.PROCESSING, paid, paid, "CNY",
				new BigDecimal("1999.00"), new NewOrder.Customer("c-" + id, "Message Buyer Ltd", "message-buyer"),
				List.of(new NewOrder.Line(id + "-000001", 1701, 1701, OrderChargingMode.ONE_TIME, null, null, null,
						new BigDecimal("1999.00"), List.of()))),
				"ev-" + id);
		return id + "-000001";
	}

	private int status(String user, String path) throws Exception {
		return this.mvc.perform(post(path).with(csrf()).with(users().as(user))).andReturn().getResponse().getStatus();
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

	private TestUsers users() {
		return new TestUsers(this.jdbc);
	}

}
