package io.sellercenter.web;

import java.util.List;

import io.sellercenter.web.QueryStrings.Pair;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryStringsTests {

	@Test
	void valuesComeBackAsTyped() {
		String typed = "a+b=c&d {x} [y] 100% ${7*7} 中文";
		String query = QueryStrings.of("customer", typed, "from", java.time.LocalDate.of(2026, 1, 1));
		assertThat(query).as("nothing a browser or Tomcat would read otherwise")
			.doesNotContain("{", "}", "[", "]", " ")
			.isEqualTo("customer=a%2Bb%3Dc%26d+%7Bx%7D+%5By%5D+100%25+%24%7B7*7%7D+%E4%B8%AD%E6%96%87&from=2026-01-01");
		assertThat(QueryStrings.pairs(query)).containsExactly(new Pair("customer", typed),
				new Pair("from", "2026-01-01"));
	}

	@Test
	void emptyValuesAreLeftOutAndValuesStripped() {
		assertThat(QueryStrings.of("orderId", null, "customer", "  ", "account", " acme ")).isEqualTo("account=acme");
		assertThat(QueryStrings.of()).isEmpty();
	}

	@Test
	void filtersKeptBeforeAreReadAndLinkedAgain() {
		// As Spring's template encoding wrote them: %20 for a space, '{' raw.
		String kept = "customer=Contoso%20Ltd&account={x}&bad=%G1";
		assertThat(QueryStrings.pairs(kept)).containsExactly(new Pair("customer", "Contoso Ltd"),
				new Pair("account", "{x}"), new Pair("bad", "%G1"));
		assertThat(QueryStrings.normalised(kept)).isEqualTo("customer=Contoso+Ltd&account=%7Bx%7D&bad=%25G1");
		assertThat(QueryStrings.pairs("")).isEmpty();
		assertThat(QueryStrings.pairs(null)).isEmpty();
	}

}
