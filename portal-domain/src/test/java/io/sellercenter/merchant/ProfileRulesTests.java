package io.sellercenter.merchant;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The profile's own guard on hostile contacts, without a database. */
class ProfileRulesTests {

	@Test
	void contactEmailOfFiftyThousandDotsIsRefusedQuickly() {
		// Contacts change at once, through this check alone in the domain.
		String hostile = "a@" + "a.".repeat(50_000) + "@";
		FinanceContact finance = new FinanceContact("Finance", "+86 10 1234 5678", "finance@acme.example");

		assertTimeoutPreemptively(Duration.ofSeconds(1),
				() -> assertThatThrownBy(() -> ProfileRules.checkContacts("+86 10 1234 5678", hostile, finance))
					.isInstanceOf(ProfileRejected.class));
	}

}
