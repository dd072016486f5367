package io.sellercenter.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Addresses as people write them, and date ranges as every list reads them. */
class ClientAddressesTests {

	private final ClientAddresses addresses = new ClientAddresses();

	@Test
	void ipv6IsCompressedAndMappedIpv4IsIpv4() {
		assertThat(this.addresses.show("0:0:0:0:0:0:0:1")).isEqualTo("::1");
		assertThat(this.addresses.show("2001:0db8:0000:0000:0000:ff00:0042:8329")).isEqualTo("2001:db8::ff00:42:8329");
		assertThat(this.addresses.show("2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
		assertThat(this.addresses.show("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(this.addresses.show("0:0:0:0:0:ffff:c000:207")).isEqualTo("192.0.2.7");
		assertThat(this.addresses.show("192.0.2.1")).isEqualTo("192.0.2.1");
	}

	@Test
	void whatIsNotAnAddressIsShownAsStoredAndNeverLookedUp() {
		assertThat(this.addresses.show("localhost")).isEqualTo("localhost");
		assertThat(this.addresses.show("portal.example")).isEqualTo("portal.example");
		assertThat(this.addresses.show("unknown")).isEqualTo("unknown");
		assertThat(this.addresses.show(null)).isEmpty();
		assertThat(this.addresses.show(" ")).isEmpty();
	}

	@Test
	void aRangeIsReversedOnlyWhenBothEndsAreSetTheWrongWayRound() {
		LocalDate day = LocalDate.of(2026, 11, 20);
		assertThat(new DateRange(day.plusDays(1), day).reversed()).isTrue();
		assertThat(new DateRange(day, day).reversed()).isFalse();
		assertThat(new DateRange(day, null).reversed()).isFalse();
		assertThat(new DateRange(null, day).reversed()).isFalse();
		assertThat(new DateRange(day, day).start()).isEqualTo(day.atStartOfDay());
		assertThat(new DateRange(day, day).end()).isEqualTo(day.plusDays(1).atStartOfDay());
		assertThat(new DateRange(null, null).start()).isNull();
		assertThat(new DateRange(null, null).end()).isNull();
	}

}
