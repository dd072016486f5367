package io.sellercenter.user;

import io.sellercenter.shared.AccountType;
import io.sellercenter.shared.Menu;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.sellercenter.merchant.Merchant;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.merchant.MerchantService;
import io.sellercenter.user.PortalUserMapper.NewUser;
import io.sellercenter.user.SignInOutcome.Admitted;
import io.sellercenter.user.SignInOutcome.Reason;
import io.sellercenter.user.SignInOutcome.Refused;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserService {

	private final PortalUserMapper users;

	private final GroupMapper groups;

	private final MerchantService merchants;

	private final Clock clock;

	private final String operatorDomain;

	UserService(PortalUserMapper users, GroupMapper groups, MerchantService merchants, Clock clock,
			@Value("${portal.operator-domain:marketplace}") String operatorDomain) {
		this.users = users;
		this.groups = groups;
		this.merchants = merchants;
		this.clock = clock;
		this.operatorDomain = operatorDomain;
	}

	/**
	 * Decides whether a person the provider has authenticated may enter, and as whom. The
	 * first sign-in of a main account creates its merchant; a sub-user enters only when
	 * the main account has registered them; an operator only from the marketplace's own
	 * operator account.
	 */
	@Transactional
	public SignInOutcome signIn(Identity claimed) {
		if (!complete(claimed)) {
			return new Refused(Reason.INVALID_IDENTITY);
		}
		Identity identity = claimed.fitted();
		LocalDateTime now = LocalDateTime.now(this.clock);
		return switch (identity.accountType()) {
			case MAIN -> admitMain(identity, now);
			case SUB -> admitSub(identity, now);
			case OPERATOR -> admitOperator(identity, now);
		};
	}

	public Optional<PortalUser> findBySubject(String subject) {
		return this.users.findBySubject(subject);
	}

	private SignInOutcome admitMain(Identity identity, LocalDateTime now) {
		Merchant merchant = this.merchants.findOrCreate(identity.domainId(), identity.domainName());
		this.users.insertIfAbsent(new NewUser(merchant.id(), identity.domainId(), identity.userName(), AccountType.MAIN,
				identity.displayName(), identity.email(), now));
		PortalUser user = this.users.findByDomainAndName(identity.domainId(), identity.userName()).orElseThrow();
		if (user.accountType() != AccountType.MAIN) {
			return new Refused(Reason.INVALID_IDENTITY);
		}
		return admitted(signedIn(user, identity, now), merchant);
	}

	private SignInOutcome admitSub(Identity identity, LocalDateTime now) {
		Optional<PortalUser> registered = this.users.findByDomainAndName(identity.domainId(), identity.userName())
			.filter((user) -> user.accountType() == AccountType.SUB && user.merchantId() != null);
		if (registered.isEmpty()) {
			return new Refused(Reason.NOT_REGISTERED);
		}
		PortalUser user = registered.get();
		if (user.status() != UserStatus.ACTIVE) {
			return new Refused(Reason.DISABLED);
		}
		Merchant merchant = this.merchants.find(user.merchant()).orElseThrow();
		return admitted(signedIn(user, identity, now), merchant);
	}

	private SignInOutcome admitOperator(Identity identity, LocalDateTime now) {
		if (!this.operatorDomain.equals(identity.domainId())) {
			return new Refused(Reason.NOT_AN_OPERATOR);
		}
		this.users.insertIfAbsent(new NewUser(null, identity.domainId(), identity.userName(), AccountType.OPERATOR,
				identity.displayName(), identity.email(), now));
		PortalUser user = this.users.findByDomainAndName(identity.domainId(), identity.userName()).orElseThrow();
		if (user.status() != UserStatus.ACTIVE) {
			return new Refused(Reason.DISABLED);
		}
		return admitted(signedIn(user, identity, now), null);
	}

	/**
	 * The menus a user has now: all for a main account, their groups' for a sub-user,
	 * none for an operator.
	 */
	public Set<Menu> menusOf(PortalUser user) {
		return switch (user.accountType()) {
			case MAIN -> EnumSet.allOf(Menu.class);
			case SUB -> PermissionGroup.parse(this.groups.menusOfUser(user.id()));
			case OPERATOR -> EnumSet.noneOf(Menu.class);
		};
	}

	/** Everyone who signs in to this merchant (main account and sub-users). */
	public List<Long> userIdsOf(MerchantId merchant) {
		return this.users.findIdsOfMerchant(merchant);
	}

	/** A user by id, for refreshing what their open sessions know about them. */
	public Optional<PortalUser> find(long id) {
		return this.users.findById(id);
	}

	private Admitted admitted(PortalUser user, Merchant merchant) {
		return new Admitted(user, merchant, menusOf(user));
	}

	private PortalUser signedIn(PortalUser user, Identity identity, LocalDateTime now) {
		this.users.recordSignIn(user.id(), identity, now);
		return this.users.findByDomainAndName(user.domainId(), user.userName()).orElseThrow();
	}

	private static boolean complete(Identity identity) {
		return identity.accountType() != null && hasText(identity.subject()) && hasText(identity.domainId())
				&& hasText(identity.userName()) && identity.domainId().length() <= 64
				&& identity.userName().length() <= 64;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
