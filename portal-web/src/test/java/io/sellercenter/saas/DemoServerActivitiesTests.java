package io.sellercenter.saas;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.DemoMerchant;
import io.sellercenter.testsupport.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every activity of both contracts, signed by the portal and checked by the provider's
 * demo merchant server (its own implementation of the marketplace's documentation), and
 * the failures the server can be told to make, each judged as the interface messages show
 * them. Globex plays the merchant, with a key of its own on the server.
 */
@PortalTest
class DemoServerActivitiesTests {

	@Autowired
	SaasCaller caller;

	@Autowired
	ProductionSetup setup;

	@Autowired
	JdbcTemplate jdbc;

	private final DemoMerchant server = new DemoMerchant();

	private MerchantId globex;

	private String accessKey;

	@BeforeEach
	void globexOnTheDemoServer() throws Exception {
		this.globex = new MerchantId(
				this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'globex'", Long.class));
		Actor actor = Actor.system("test", this.globex);
		ProductionSetup.NewKey key = this.setup.bindKey(actor, InterfaceType.BASIC);
		this.accessKey = key.accessKey();
		this.server.register(key.accessKey(), key.secret());
		this.setup.saveAddress(actor, this.server.address(), Contract.V2);
	}

	@Test
	void everyV2ActivityIsAnsweredAsDocumented() throws Exception {
		String line = "MOCKMONTYRENEW-" + UUID.randomUUID().toString().substring(0, 6);
		SaasCaller.Result created = call(Activity.NEW_INSTANCE, newInstance(line, "PERIOD"));
		assertThat(created.outcome()).isEqualTo(Outcome.SUCCESS);
		assertThat(created.instanceId()).isNotBlank();
		assertThat(call(Activity.NEW_INSTANCE, newInstance(line, "PERIOD")).instanceId())
			.as("create is idempotent on order and line")
			.isEqualTo(created.instanceId());
		String instance = created.instanceId();

		assertThat(call(Activity.QUERY_INSTANCE, on(line, instance)).outcome()).isEqualTo(Outcome.SUCCESS);
		Map<String, String> refresh = on(line, instance);
		refresh.put("expireTime", "20301231000000");
		refresh.put("periodType", "month");
		refresh.put("periodNumber", "1");
		assertThat(call(Activity.REFRESH_INSTANCE, refresh).outcome()).isEqualTo(Outcome.SUCCESS);
		Map<String, String> freeze = on(line, instance);
		freeze.put("instanceStatus", "FREEZE");
		assertThat(call(Activity.UPDATE_INSTANCE_STATUS, freeze).outcome()).isEqualTo(Outcome.SUCCESS);
		Map<String, String> upgrade = on(line, instance);
		upgrade.put("skuCode", "1702");
		assertThat(call(Activity.UPGRADE_INSTANCE, upgrade).outcome()).isEqualTo(Outcome.SUCCESS);
		assertThat(call(Activity.EXPIRE_INSTANCE, on(line, instance)).outcome()).as("a freeze in V2")
			.isEqualTo(Outcome.SUCCESS);
		assertThat(call(Activity.RELEASE_INSTANCE, on(line, instance)).outcome()).isEqualTo(Outcome.SUCCESS);
		SaasCaller.Result unknown = call(Activity.QUERY_INSTANCE, on(line, "no-such-instance"));
		assertThat(unknown.failure()).isEqualTo(CallFailure.RESULT_CODE);
		assertThat(unknown.resultCode()).isEqualTo("000003");
	}

	@Test
	void theLegacyV1ContractToo() throws Exception {
		this.setup.saveAddress(Actor.system("test", this.globex), this.server.address(), Contract.V1);
		String line = "MOCKONETIMENEW-" + UUID.randomUUID().toString().substring(0, 6);

		SaasCaller.Result created = call(Activity.NEW_INSTANCE, newInstance(line, "ONE_TIME"));

		assertThat(created.request().method()).isEqualTo("GET");
		assertThat(created.outcome()).isEqualTo(Outcome.SUCCESS);
		assertThat(call(Activity.QUERY_INSTANCE, on(line, created.instanceId())).outcome()).isEqualTo(Outcome.SUCCESS);
		assertThat(call(Activity.EXPIRE_INSTANCE, on(line, created.instanceId())).request().uri().getRawQuery())
			.startsWith("activity=expireInstance");
		assertThat(call(Activity.RELEASE_INSTANCE, on(line, created.instanceId())).outcome())
			.isEqualTo(Outcome.SUCCESS);
	}

	@Test
	void theFailuresTheServerCanBeToldToMakeAreJudgedSo() throws Exception {
		String line = "MOCKONDEMAND-" + UUID.randomUUID().toString().substring(0, 6);
		try {
			this.server.mode(this.accessKey, "FAIL");
			SaasCaller.Result failed = call(Activity.NEW_INSTANCE, newInstance(line, "ON_DEMAND"));
			assertThat(failed.failure()).isEqualTo(CallFailure.RESULT_CODE);
			assertThat(failed.resultCode()).isEqualTo("000005");

			this.server.mode(this.accessKey, "ERROR");
			assertThat(call(Activity.NEW_INSTANCE, newInstance(line, "ON_DEMAND")).failure())
				.isEqualTo(CallFailure.HTTP_STATUS);

			this.server.mode(this.accessKey, "PROCESSING");
			assertThat(call(Activity.NEW_INSTANCE, newInstance(line, "ON_DEMAND")).outcome())
				.isEqualTo(Outcome.PROCESSING);
			Map<String, String> poll = new LinkedHashMap<>();
			poll.put("orderId", "MOCKONDEMAND");
			poll.put("orderLineId", line);
			SaasCaller.Result polled = call(Activity.QUERY_INSTANCE, poll);
			assertThat(polled.outcome()).isEqualTo(Outcome.SUCCESS);
			assertThat(polled.instanceId()).isNotBlank();
		}
		finally {
			this.server.mode(this.accessKey, "NORMAL");
		}
		this.setup.bind(Actor.system("test", this.globex), InterfaceType.BASIC, this.accessKey, "not-the-secret");
		SaasCaller.Result wrongKey = call(Activity.QUERY_INSTANCE, on(line, "any"));
		assertThat(wrongKey.resultCode()).isEqualTo("000001");
		assertThat(wrongKey.resultMeaningKey()).isEqualTo("saas.resultCode.000001");
	}

	private SaasCaller.Result call(Activity activity, Map<String, String> fields) {
		return this.caller.call(this.globex, Purpose.DEBUG,
				SaasCaller.Target.of(null, fields.get("orderId"), fields.get("orderLineId"), fields.get("instanceId")),
				activity, fields);
	}

	private static Map<String, String> newInstance(String line, String chargingMode) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("orderId", line.substring(0, line.indexOf('-')));
		fields.put("orderLineId", line);
		fields.put("customerId", "mock-customer");
		fields.put("customerName", "Mock Buyer");
		fields.put("productId", "1701");
		fields.put("skuCode", "1702");
		fields.put("chargingMode", chargingMode);
		if ("PERIOD".equals(chargingMode)) {
			fields.put("periodType", "month");
			fields.put("periodNumber", "1");
			fields.put("expireTime", "20301130000000");
		}
		return fields;
	}

	private static Map<String, String> on(String line, String instance) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("orderId", line.substring(0, line.indexOf('-')));
		fields.put("orderLineId", line);
		fields.put("instanceId", instance);
		return fields;
	}

}
