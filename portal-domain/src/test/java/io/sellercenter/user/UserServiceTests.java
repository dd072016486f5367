package io.sellercenter.user;

import io.sellercenter.shared.AccountType;
import io.sellercenter.merchant.MerchantService;
import io.sellercenter.testsupport.MapperTest;
import io.sellercenter.user.SignInOutcome.Admitted;
import io.sellercenter.user.SignInOutcome.Reason;
import io.sellercenter.user.SignInOutcome.Refused;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@MapperTest
@Import({ UserService.class, MerchantService.class })
class UserServiceTests {

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void signInWhenFirstMainAccountThenMerchantCreatedJustInTime() {
		SignInOutcome outcome = this.users.signIn(identity("u-new-admin", "newco", "NewCo", "newco-admin", "MAIN"));

		assertThat(outcome).isInstanceOf(Admitted.class);
		Admitted admitted = (Admitted) outcome;
		assertThat(admitted.merchant().name()).isEqualTo("NewCo");
		assertThat(
				this.jdbc.queryForObject("SELECT certification FROM merchant WHERE domain_id = 'newco'", String.class))
			.isEqualTo("NOT_SUBMITTED");
		assertThat(this.jdbc.queryForObject(
				"SELECT subject FROM portal_user WHERE domain_id = 'newco' AND user_name = 'newco-admin'",
				String.class))
			.isEqualTo("u-new-admin");
	}

	@Test
	void signInWhenMainAccountTwiceThenOneMerchant() {
		this.users.signIn(identity("u-twice", "twice", "Twice", "twice-admin", "MAIN"));
		this.users.signIn(identity("u-twice", "twice", "Twice", "twice-admin", "MAIN"));

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM merchant WHERE domain_id = 'twice'", Long.class))
			.isEqualTo(1);
	}

	@Test
	void signInWhenRegisteredSubUserThenAdmittedToTheirMerchant() {
		SignInOutcome outcome = this.users.signIn(identity("u-acme-ops", "acme", "Acme Cloud", "acme-ops", "SUB"));

		assertThat(outcome).isInstanceOf(Admitted.class);
		assertThat(((Admitted) outcome).merchant().domainId()).isEqualTo("acme");
	}

	@Test
	void signInWhenUnregisteredSubUserThenRefused() {
		SignInOutcome outcome = this.users.signIn(identity("u-intern", "acme", "Acme Cloud", "acme-intern", "SUB"));

		assertThat(outcome).isEqualTo(new Refused(Reason.NOT_REGISTERED));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM portal_user WHERE user_name = 'acme-intern'",
				Long.class))
			.isZero();
	}

	@Test
	void signInWhenSubUserOfAnotherAccountNameThenRefused() {
		// acme-ops is registered under acme; the same user name under globex is someone
		// else.
		SignInOutcome outcome = this.users.signIn(identity("u-x", "globex", "Globex Data", "acme-ops", "SUB"));

		assertThat(outcome).isEqualTo(new Refused(Reason.NOT_REGISTERED));
	}

	@Test
	void signInWhenOperatorClaimFromMerchantAccountThenRefused() {
		SignInOutcome outcome = this.users.signIn(identity("u-fake", "acme", "Acme Cloud", "fake-op", "OPERATOR"));

		assertThat(outcome).isEqualTo(new Refused(Reason.NOT_AN_OPERATOR));
	}

	@Test
	void signInWhenOperatorThenAdmittedWithoutMerchant() {
		SignInOutcome outcome = this.users
			.signIn(identity("u-mkt", "marketplace", "Marketplace Operations", "mkt-reviewer", "OPERATOR"));

		assertThat(outcome).isInstanceOf(Admitted.class);
		assertThat(((Admitted) outcome).merchant()).isNull();
		assertThat(((Admitted) outcome).operator()).isTrue();
	}

	@Test
	void signInWhenAccountTypeMissingThenRefused() {
		SignInOutcome outcome = this.users.signIn(identity("u-y", "acme", "Acme Cloud", "acme-admin", null));

		assertThat(outcome).isEqualTo(new Refused(Reason.INVALID_IDENTITY));
	}

	private static Identity identity(String sub, String domain, String domainName, String user, String type) {
		return new Identity(sub, domain, domainName, user, AccountType.fromClaim(type), user + " name",
				user + "@example.test");
	}

}
