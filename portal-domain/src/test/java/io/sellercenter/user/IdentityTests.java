package io.sellercenter.user;

import io.sellercenter.shared.AccountType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityTests {

	@Test
	void fittedCutsNamesToTheirColumnsAtAWholeCharacter() {
		String account = "😀".repeat(250);
		String person = "x".repeat(99) + "😀😀";
		Identity fitted = new Identity("s", "acme", account, "acme-admin", AccountType.MAIN, person,
				"a".repeat(250) + "@x.example")
			.fitted();
		assertThat(fitted.domainName()).isEqualTo("😀".repeat(200));
		assertThat(fitted.name()).as("the emoji whole, not half of it").isEqualTo("x".repeat(99) + "😀");
		assertThat(fitted.email()).as("an address too long to keep is none").isNull();
	}

	@Test
	void fittedKeepsWhatFits() {
		Identity identity = new Identity("s", "acme", "Acme Cloud", "acme-admin", AccountType.MAIN, "Alice Chen",
				"alice@acme.example");
		assertThat(identity.fitted()).isEqualTo(identity);
	}

}
