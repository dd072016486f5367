package io.sellercenter.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentUserTests {

	@Test
	void initialIsTheFirstWholeCharacterThatShows() {
		assertThat(named("Alice Chen").initial()).isEqualTo("A");
		assertThat(named("😀 emoji").initial()).as("both halves of the emoji").isEqualTo("😀");
		assertThat(named("\u2066isolate\u2069").initial()).as("after a direction mark").isEqualTo("i");
		assertThat(named("\u200B\u202Egnp.exe").initial()).isEqualTo("g");
		assertThat(named("\u0301\u0301e").initial()).as("not a lone combining mark").isEqualTo("e");
		assertThat(named("<script>").initial()).isEqualTo("<");
	}

	@Test
	void initialWithoutADisplayNameIsTheUserNames() {
		assertThat(named(null).initial()).isEqualTo("a");
		assertThat(named(" ").initial()).isEqualTo("a");
		assertThat(named("\u200B\u200C").initial()).isEqualTo("?");
	}

	private static CurrentUser named(String displayName) {
		return new CurrentUser(1, "acme-admin", displayName, AccountType.MAIN, 1L, "Acme", "acme", "s", "sid", null);
	}

}
