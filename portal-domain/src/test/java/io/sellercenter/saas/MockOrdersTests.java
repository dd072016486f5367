package io.sellercenter.saas;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import io.sellercenter.order.OrderChargingMode;
import io.sellercenter.order.OrderType;
import io.sellercenter.order.PeriodType;
import io.sellercenter.saas.MockOrders.MockOrder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The mock orders of SPEC §12, their lines, and their times counted from the clock. */
class MockOrdersTests {

	final Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00.123Z"), ZoneOffset.UTC);

	final LocalDateTime placed = LocalDateTime.of(2026, 12, 7, 9, 50);

	@Test
	void everyMockOrderOfTheSpecHasOneLineEndingInSixDigits() {
		assertThat(MockOrders.all(this.clock)).extracting(MockOrder::orderId)
			.containsExactly("MOCKPERIODYEARNEW", "MOCKONETIMENEW", "MOCKONDEMAND", "MOCKONDEMANDPKG",
					"MOCKPERIODDAYTRIAL", "MOCKMONTYTRIALTOFORMAL", "MOCKMONTYUNSUBSCRIBE", "MOCKMONTYRENEW",
					"MOCKMONTYCHANGE");
		assertThat(MockOrders.all(this.clock))
			.allSatisfy((order) -> assertThat(order.orderLineId()).isEqualTo(order.orderId() + "-000001"))
			.allSatisfy((order) -> assertThat(order.createTime()).isEqualTo(this.placed));
	}

	@Test
	void eachMockOrderIsTheKindItsNameSays() {
		MockOrder year = MockOrders.find(this.clock, "MOCKPERIODYEARNEW", null).orElseThrow();
		assertThat(year.orderType()).isEqualTo(OrderType.NEW);
		assertThat(year.chargingMode()).isEqualTo(OrderChargingMode.PERIOD);
		assertThat(year.periodType()).isEqualTo(PeriodType.YEAR);
		assertThat(year.expireTime()).isEqualTo(this.placed.plusYears(1));

		MockOrder trial = MockOrders.find(this.clock, "MOCKPERIODDAYTRIAL", null).orElseThrow();
		assertThat(trial.trial()).isTrue();
		assertThat(trial.periodType()).isEqualTo(PeriodType.DAY);
		assertThat(trial.expireTime()).isEqualTo(this.placed.plusDays(trial.periodNumber()));

		MockOrder pkg = MockOrders.find(this.clock, "MOCKONDEMANDPKG", null).orElseThrow();
		assertThat(pkg.chargingMode()).isEqualTo(OrderChargingMode.ON_DEMAND_PKG);
		assertThat(pkg.packageLine()).isTrue();

		MockOrder onDemand = MockOrders.find(this.clock, "MOCKONDEMAND", null).orElseThrow();
		assertThat(onDemand.expireTime()).isNull();
		assertThat(onDemand.periodType()).isNull();

		assertThat(MockOrders.find(this.clock, "MOCKMONTYTRIALTOFORMAL", null).orElseThrow().orderType())
			.isEqualTo(OrderType.TRIAL_TO_FORMAL);
		assertThat(MockOrders.find(this.clock, "MOCKMONTYUNSUBSCRIBE", null).orElseThrow().orderType())
			.isEqualTo(OrderType.UNSUBSCRIBE);
		assertThat(MockOrders.find(this.clock, "MOCKMONTYRENEW", null).orElseThrow().orderType())
			.isEqualTo(OrderType.RENEW);
		assertThat(MockOrders.find(this.clock, "MOCKMONTYCHANGE", null).orElseThrow().orderType())
			.isEqualTo(OrderType.CHANGE);
	}

	@Test
	void findMatchesTheLineWhenOneIsNamed() {
		assertThat(MockOrders.find(this.clock, "MOCKONDEMAND", "MOCKONDEMAND-000001")).isPresent();
		assertThat(MockOrders.find(this.clock, "MOCKONDEMAND", "MOCKONDEMAND-000002")).isEmpty();
		assertThat(MockOrders.find(this.clock, "MOCKNOSUCHORDER", null)).isEmpty();
		assertThat(MockOrders.find(this.clock, "CS0001", null)).isEmpty();
		assertThat(MockOrders.find(this.clock, null, null)).isEmpty();
	}

	@Test
	void periodsCountFromTheirStart() {
		LocalDateTime start = LocalDateTime.of(2026, 1, 31, 12, 0);
		assertThat(PeriodType.DAY.after(start, 7)).isEqualTo(LocalDateTime.of(2026, 2, 7, 12, 0));
		assertThat(PeriodType.MONTH.after(start, 1)).isEqualTo(LocalDateTime.of(2026, 2, 28, 12, 0));
		assertThat(PeriodType.YEAR.after(start, 2)).isEqualTo(LocalDateTime.of(2028, 1, 31, 12, 0));
	}

}
