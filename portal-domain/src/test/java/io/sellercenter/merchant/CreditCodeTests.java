package io.sellercenter.merchant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** GB 32100-2015, on codes of real companies and on near misses of them. */
class CreditCodeTests {

	@Test
	void codesOfRealCompaniesPass() {
		// Bank of China, the standard's own example, and codes ending in a letter and in
		// 0.
		assertThat(CreditCode.problem("91110000802100433B")).isNull();
		assertThat(CreditCode.problem("91350100M000100Y43")).isNull();
		assertThat(CreditCode.problem("9144030071526726XG")).isNull();
		assertThat(CreditCode.problem("91110108MA01B2C3D0")).isNull();
	}

	@Test
	void aMistypedOrSwappedCharacterFailsTheCheck() {
		assertThat(CreditCode.problem("91110000802100433C")).isEqualTo(CreditCode.Problem.CHECK);
		assertThat(CreditCode.problem("91110000802100434B")).isEqualTo(CreditCode.Problem.CHECK);
		assertThat(CreditCode.problem("91110000801200433B")).isEqualTo(CreditCode.Problem.CHECK);
	}

	@Test
	void wrongLengthOrCharactersOutsideTheAlphabetAreNotACode() {
		// The demo's old fake codes: 17 characters.
		assertThat(CreditCode.problem("91330100MA2INITEC")).isEqualTo(CreditCode.Problem.FORMAT);
		assertThat(CreditCode.problem("91110000802100433B1")).isEqualTo(CreditCode.Problem.FORMAT);
		for (char letter : "IOZSV".toCharArray()) {
			assertThat(CreditCode.problem("9111000080210043" + letter + "B")).as("%s", letter)
				.isEqualTo(CreditCode.Problem.FORMAT);
		}
		assertThat(CreditCode.problem("91110000802100433b")).isEqualTo(CreditCode.Problem.FORMAT);
		assertThat(CreditCode.problem("９１110000802100433B")).isEqualTo(CreditCode.Problem.FORMAT);
		assertThat(CreditCode.problem(null)).isEqualTo(CreditCode.Problem.FORMAT);
	}

	@Test
	void normalisingTakesSpacesAndLowerCaseAsPeopleTypeThem() {
		assertThat(CreditCode.valid(CreditCode.normalise(" 91110000802100433b "))).isTrue();
	}

	@Test
	void withCheckCompletesSeventeenCharacters() {
		assertThat(CreditCode.withCheck("91110000802100433")).isEqualTo("91110000802100433B");
		assertThat(CreditCode.withCheck("91440300MA5ACME01")).isEqualTo("91440300MA5ACME01H");
	}

}
