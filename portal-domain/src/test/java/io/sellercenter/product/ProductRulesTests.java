package io.sellercenter.product;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The rules of a submitted application on hostile input, without a database. */
class ProductRulesTests {

	@Test
	void supportEmailOfFiftyThousandDotsIsRefusedQuickly() {
		// The known quadratic case: 50 seconds with the former check.
		ProductContent content = new ProductContent("名", "Name", "s", "d", null, null, null, "CONSULTING", null,
				List.of("CN"), true, "+86 10 1234 5678", "a@" + "a.".repeat(50_000) + " ", "9-18", "Asia/Shanghai",
				null, null, "https://x.example", null, null, false, null, false, null, null, null, List.of());

		List<FieldError> errors = assertTimeoutPreemptively(Duration.ofSeconds(1),
				() -> ProductRules.check(ProductType.CONSULTING, content, List.of()));

		assertThat(errors).contains(new FieldError("supportEmail", "product.email"))
			.doesNotContain(new FieldError("supportPhone", "validation.phone"));
	}

}
