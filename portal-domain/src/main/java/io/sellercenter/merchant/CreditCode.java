package io.sellercenter.merchant;

import java.util.Locale;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) of a company registered in
 * mainland China: 18 characters from the code's alphabet (digits and capital letters
 * without I, O, Z, S and V), the last a check character over the first 17. The check
 * catches a mistyped character and most swapped pairs before an operator has to.
 */
public final class CreditCode {

	public static final int LENGTH = 18;

	/** The code's alphabet; a character's value is its position (0 to 30). */
	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int MODULUS = ALPHABET.length();

	/** Weights of the first 17 positions: 3 to the power of the position, modulo 31. */
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	/** What was wrong with a code, so the page can say which. */
	public enum Problem {

		/** Not 18 characters of the alphabet. */
		FORMAT,
		/** Well formed, but the last character does not match the others. */
		CHECK

	}

	private CreditCode() {
	}

	/** As people type it: without surrounding spaces, letters in capitals. */
	public static String normalise(String code) {
		return (code != null) ? code.strip().toUpperCase(Locale.ROOT) : null;
	}

	/** Null when the code is valid as written; normalise it first. */
	public static Problem problem(String code) {
		if (code == null || code.length() != LENGTH) {
			return Problem.FORMAT;
		}
		int sum = weightedSum(code.substring(0, LENGTH - 1));
		int last = ALPHABET.indexOf(code.charAt(LENGTH - 1));
		if (sum < 0 || last < 0) {
			return Problem.FORMAT;
		}
		return (last == checkValue(sum)) ? null : Problem.CHECK;
	}

	public static boolean valid(String code) {
		return problem(code) == null;
	}

	/**
	 * The 18-character code for 17 characters of the alphabet: for demo data and tests,
	 * which need codes that pass.
	 */
	public static String withCheck(String first17) {
		int sum = (first17.length() == LENGTH - 1) ? weightedSum(first17) : -1;
		if (sum < 0) {
			throw new IllegalArgumentException("17 characters of the code's alphabet expected: " + first17);
		}
		return first17 + ALPHABET.charAt(checkValue(sum));
	}

	/** -1 when a character is not of the alphabet. */
	private static int weightedSum(String first17) {
		int sum = 0;
		for (int i = 0; i < first17.length(); i++) {
			int value = ALPHABET.indexOf(first17.charAt(i));
			if (value < 0) {
				return -1;
			}
			sum += value * WEIGHTS[i];
		}
		return sum;
	}

	/** GB 32100-2015: 31 - (sum mod 31), where 31 is written 0. */
	private static int checkValue(int weightedSum) {
		return (MODULUS - weightedSum % MODULUS) % MODULUS;
	}

}
