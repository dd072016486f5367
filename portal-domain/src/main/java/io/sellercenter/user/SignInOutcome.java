package io.sellercenter.user;

import io.sellercenter.shared.AccountType;
import io.sellercenter.shared.Menu;
import java.util.Set;

import io.sellercenter.merchant.Merchant;

/**
 * The portal's answer to a successful provider sign-in: enter as this user, or a refusal.
 */
public sealed interface SignInOutcome {

	record Admitted(PortalUser user, Merchant merchant, Set<Menu> menus) implements SignInOutcome {

		/** Operators belong to no merchant. */
		public boolean operator() {
			return this.user.accountType() == AccountType.OPERATOR;
		}

	}

	record Refused(Reason reason) implements SignInOutcome {
	}

	enum Reason {

		/** An IAM sub-user whom the main account has not registered in the portal. */
		NOT_REGISTERED,
		/** A registered sub-user whom the main account has disabled. */
		DISABLED,
		/** The claims are incomplete or not of a kind the portal knows. */
		INVALID_IDENTITY,
		/**
		 * An OPERATOR claim from an account that is not the marketplace's operator
		 * account.
		 */
		NOT_AN_OPERATOR

	}

}
