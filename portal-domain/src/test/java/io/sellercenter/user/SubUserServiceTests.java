package io.sellercenter.user;

import java.util.EnumSet;
import java.util.Set;

import io.sellercenter.merchant.MerchantService;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.DomainTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DomainTest
class SubUserServiceTests {

	@Autowired
	SubUserService subUsers;

	@Autowired
	UserService users;

	@Autowired
	MerchantService merchants;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void registeredSubUserGetsTheMenusOfTheirGroups() {
		MerchantId merchant = this.merchants.findOrCreate("t-groups", "Groups Ltd").merchantId();
		this.subUsers.createGroup(merchant, "Billing", EnumSet.of(Menu.ORDERS, Menu.USAGE), actor(merchant));
		long group = this.subUsers.groups(merchant).get(0).id();

		long userId = this.subUsers.register(merchant, "bill", "Bill", Set.of(group), actor(merchant));

		PortalUser user = this.users.find(userId).orElseThrow();
		assertThat(this.users.menusOf(user)).containsExactlyInAnyOrder(Menu.ORDERS, Menu.USAGE);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE action = 'SUB_USER_REGISTERED'" + " AND target_id = 'bill'",
				Long.class))
			.isEqualTo(1);
	}

	@Test
	void groupOfAnotherMerchantIsRefusedAndNothingRegistered() {
		MerchantId mine = this.merchants.findOrCreate("t-mine", "Mine Ltd").merchantId();
		MerchantId theirs = this.merchants.findOrCreate("t-theirs", "Theirs Ltd").merchantId();
		this.subUsers.createGroup(theirs, "Theirs", EnumSet.of(Menu.PRODUCTS), actor(theirs));
		long foreignGroup = this.subUsers.groups(theirs).get(0).id();

		assertThatThrownBy(() -> this.subUsers.register(mine, "sneaky", null, Set.of(foreignGroup), actor(mine)))
			.isInstanceOf(SubUserRejected.class);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM portal_user WHERE user_name = 'sneaky'", Long.class))
			.isZero();
	}

	@Test
	void invalidOrDuplicateNamesAreRefused() {
		MerchantId merchant = this.merchants.findOrCreate("t-names", "Names Ltd").merchantId();
		this.subUsers.register(merchant, "taken", null, Set.of(), actor(merchant));

		assertThatThrownBy(() -> this.subUsers.register(merchant, "taken", null, Set.of(), actor(merchant)))
			.isInstanceOf(SubUserRejected.class)
			.hasMessage("subUser.exists");
		assertThatThrownBy(() -> this.subUsers.register(merchant, "bad name!", null, Set.of(), actor(merchant)))
			.isInstanceOf(SubUserRejected.class)
			.hasMessage("subUser.invalidName");
	}

	@Test
	void anotherMerchantsSubUserIsNotFound() {
		MerchantId mine = this.merchants.findOrCreate("t-owner", "Owner Ltd").merchantId();
		MerchantId other = this.merchants.findOrCreate("t-other", "Other Ltd").merchantId();
		long userId = this.subUsers.register(other, "other-user", null, Set.of(), actor(other));

		assertThatThrownBy(() -> this.subUsers.setEnabled(mine, userId, false, actor(mine)))
			.isInstanceOf(SubUserRejected.class);
		assertThat(this.users.find(userId).orElseThrow().status()).isEqualTo(UserStatus.ACTIVE);
	}

	private static Actor actor(MerchantId merchant) {
		return new Actor(1L, "main", merchant, "127.0.0.1");
	}

}
