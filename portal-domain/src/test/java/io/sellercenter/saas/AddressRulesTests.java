package io.sellercenter.saas;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressRulesTests {

	@ParameterizedTest
	@CsvSource({ "https://saas.example.com, https://saas.example.com",
			"HTTPS://SaaS.Example.com/, https://saas.example.com",
			"https://api.example.cn:8443, https://api.example.cn:8443" })
	void acceptsHttpsDomainNamesWithoutAPath(String input, String stored) throws Exception {
		assertThat(AddressRules.normalise(input, false)).isEqualTo(stored);
	}

	@ParameterizedTest
	@CsvSource({ "'', saas.address.error.required", "http://saas.example.com, saas.address.error.https",
			"ftp://saas.example.com, saas.address.error.https", "https://saas.example.com/api, saas.address.error.path",
			"https://saas.example.com?x=1, saas.address.error.path",
			"https://user:pw@saas.example.com, saas.address.error.path", "https://10.0.0.5, saas.address.error.ip",
			"https://169.254.169.254, saas.address.error.ip", "https://[::1], saas.address.error.ip",
			"https://localhost, saas.address.error.domain", "https://intranet, saas.address.error.domain",
			"https://a_b.example.com, saas.address.error.syntax", "https://0x7f.1, saas.address.error.syntax",
			"https://example.123, saas.address.error.syntax" })
	void refusesEverythingElseSayingWhy(String input, String key) {
		assertThatThrownBy(() -> AddressRules.normalise(input, false)).isInstanceOf(AddressRules.Bad.class)
			.extracting((ex) -> ((AddressRules.Bad) ex).messageKey())
			.isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource({ "http://localhost:9000, http://localhost:9000" })
	void loopbackAndPlainHttpOnlyWhereAllowed(String input, String stored) throws Exception {
		assertThat(AddressRules.normalise(input, true)).isEqualTo(stored);
		assertThatThrownBy(() -> AddressRules.normalise(input, false)).isInstanceOf(AddressRules.Bad.class);
	}

}
