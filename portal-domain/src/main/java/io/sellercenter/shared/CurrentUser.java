package io.sellercenter.shared;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in user as the portal knows them, fixed at sign-in and kept in the session:
 * small, and enough to resolve the current merchant on every request without a query.
 */
public record CurrentUser(long userId, String userName, String displayName, AccountType accountType, Long merchantId,
		String merchantName, String domainId, String subject, String providerSessionId,
		Set<Menu> menus) implements Serializable {

	public CurrentUser {
		menus = (menus != null) ? Set.copyOf(menus) : Set.of();
	}

	/** The same user after their merchant was renamed. */
	public CurrentUser withMerchantName(String newName) {
		return new CurrentUser(this.userId, this.userName, this.displayName, this.accountType, this.merchantId, newName,
				this.domainId, this.subject, this.providerSessionId, this.menus);
	}

	/** This user as the audit log records them, acting from that address. */
	public Actor actor(String clientIp) {
		return new Actor(this.userId, this.userName, merchant(), clientIp);
	}

	/** Whether this user has a menu: the main account has all of them, operators none. */
	public boolean has(Menu menu) {
		return this.menus.contains(menu);
	}

	/** The same user with other menus (their groups changed while signed in). */
	public CurrentUser withMenus(Set<Menu> newMenus) {
		return new CurrentUser(this.userId, this.userName, this.displayName, this.accountType, this.merchantId,
				this.merchantName, this.domainId, this.subject, this.providerSessionId, newMenus);
	}

	/**
	 * The first character of the user's name that shows, for the avatar: a whole
	 * character (an emoji is two Java chars, and half of one shows as a box), skipping
	 * the invisible ones a name may start with (direction marks, zero-width joiners).
	 */
	public String initial() {
		String name = (this.displayName != null && !this.displayName.isBlank()) ? this.displayName : this.userName;
		if (name == null) {
			return "?";
		}
		return name.codePoints().filter(CurrentUser::shows).mapToObj(Character::toString).findFirst().orElse("?");
	}

	private static boolean shows(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.FORMAT, Character.CONTROL, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
					Character.PARAGRAPH_SEPARATOR, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
					Character.COMBINING_SPACING_MARK, Character.SURROGATE, Character.UNASSIGNED ->
				false;
			default -> true;
		};
	}

	/** The tenant every merchant page works in; null for an operator. */
	public MerchantId merchant() {
		return (this.merchantId != null) ? new MerchantId(this.merchantId) : null;
	}

	public boolean operator() {
		return this.accountType == AccountType.OPERATOR;
	}

	public boolean mainAccount() {
		return this.accountType == AccountType.MAIN;
	}

}
