package io.sellercenter.merchant;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.sellercenter.file.Upload;
import io.sellercenter.file.UploadRejected;
import io.sellercenter.review.ReviewConflict;
import io.sellercenter.review.ReviewRequest;
import io.sellercenter.review.ReviewService;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.DomainTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The profile's rules and the review's decision, on the real database. */
@DomainTest
class ProfileServiceTests {

	static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	ProfileService profiles;

	@Autowired
	ReviewService reviews;

	@Autowired
	MerchantService merchants;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void onboardingWhenLicenceIsTooLargeThenRefusedAndNothingStored() {
		MerchantId merchant = newMerchant("big");
		long files = count("stored_file");

		assertThatThrownBy(() -> this.profiles.submitOnboarding(merchant, details("Big Ltd"),
				new Upload("licence.pdf", "application/pdf", pdfOfSize(10 * 1024 * 1024 + 1)), actor(merchant)))
			.isInstanceOf(UploadRejected.class)
			.extracting((ex) -> ((UploadRejected) ex).code())
			.isEqualTo("upload.tooLarge");
		assertThat(count("stored_file")).isEqualTo(files);
		assertThat(count("review_request WHERE merchant_id = " + merchant.value())).isZero();
		assertThat(this.merchants.find(merchant).orElseThrow().certification()).isEqualTo(Certification.NOT_SUBMITTED);
	}

	@Test
	void onboardingWhenLicenceIsNotReallyAPdfThenRefusedAndNothingStored() {
		MerchantId merchant = newMerchant("fake");
		long files = count("stored_file");

		assertThatThrownBy(
				() -> this.profiles.submitOnboarding(merchant, details("Fake Ltd"),
						new Upload("licence.pdf", "application/pdf",
								"<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)),
						actor(merchant)))
			.isInstanceOf(UploadRejected.class)
			.extracting((ex) -> ((UploadRejected) ex).code())
			.isEqualTo("upload.wrongType");
		assertThat(count("stored_file")).isEqualTo(files);
	}

	@Test
	void onboardingWhenRegistrationNumberIsNoCreditCodeThenRefusedUnlessOverseas() {
		MerchantId merchant = newMerchant("code");
		ProfileDetails wrongCheck = withRegistration(details("Code Ltd"), "91110108MA01B2C3D1", "GENERAL");

		assertThatThrownBy(() -> this.profiles.submitOnboarding(merchant, wrongCheck,
				new Upload("l.pdf", "application/pdf", PDF), actor(merchant)))
			.isInstanceOf(ProfileRejected.class)
			.extracting((ex) -> ((ProfileRejected) ex).code())
			.isEqualTo("profile.creditCode.invalid");
		assertThat(count("review_request WHERE merchant_id = " + merchant.value())).isZero();

		// A company registered abroad has its own country's number.
		this.profiles.submitOnboarding(merchant, withRegistration(details("Code Ltd"), "HRB 12345", "OVERSEAS"),
				new Upload("l.pdf", "application/pdf", PDF), actor(merchant));
		assertThat(count("review_request WHERE merchant_id = " + merchant.value())).isOne();
	}

	@Test
	void concurrentApprovalsApplyOnce() throws Exception {
		MerchantId merchant = newMerchant("race");
		ReviewRequest request = this.profiles.submitOnboarding(merchant, details("Race Ltd"),
				new Upload("l.pdf", "application/pdf", PDF), actor(merchant));
		Actor first = new Actor(1001L, "op-one", null, "10.0.0.1");
		Actor second = new Actor(1002L, "op-two", null, "10.0.0.2");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Boolean>> outcomes = new ArrayList<>();
		for (Actor operator : List.of(first, second)) {
			Callable<Boolean> decide = () -> {
				start.await();
				try {
					this.reviews.decide(request.id(), true, null, operator);
					return true;
				}
				catch (ReviewConflict ex) {
					return false;
				}
			};
			outcomes.add(pool.submit(decide));
		}
		start.countDown();
		int applied = 0;
		for (Future<Boolean> outcome : outcomes) {
			applied += outcome.get() ? 1 : 0;
		}
		pool.shutdown();

		assertThat(applied).isEqualTo(1);
		assertThat(count("audit_log WHERE action = 'REVIEW_APPROVED' AND target_id = '" + request.id() + "'"))
			.isEqualTo(1);
		assertThat(count("merchant_profile WHERE merchant_id = " + merchant.value())).isEqualTo(1);
		assertThat(this.merchants.find(merchant).orElseThrow().certification()).isEqualTo(Certification.CERTIFIED);
	}

	@Test
	void renameWithoutNewLicenceIsRefused() {
		MerchantId merchant = certified("rename", "Rename Ltd");

		assertThatThrownBy(() -> this.profiles.requestChange(merchant, details("Renamed Ltd"), null, actor(merchant)))
			.isInstanceOf(ProfileRejected.class)
			.extracting((ex) -> ((ProfileRejected) ex).code())
			.isEqualTo("profile.renameNeedsLicence");
		assertThat(count("review_request WHERE kind = 'PROFILE_CHANGE' AND merchant_id = " + merchant.value()))
			.isZero();
	}

	@Test
	void secondOpenChangeRequestIsRefusedAndContactsChangeAtOnce() {
		MerchantId merchant = certified("twochanges", "Two Ltd");
		ProfileDetails moved = withAddress(details("Two Ltd"), "2 New Street");
		this.profiles.requestChange(merchant, moved, null, actor(merchant));

		assertThatThrownBy(() -> this.profiles.requestChange(merchant, withAddress(moved, "3 Other Street"), null,
				actor(merchant)))
			.isInstanceOf(ProfileRejected.class);

		this.profiles.updateContacts(merchant, "+86 10 1234 5678", "new@two.example",
				new FinanceContact("Fin", "+86 10 1234 0000", "fin@two.example"), actor(merchant));
		MerchantProfile profile = this.profiles.profile(merchant).orElseThrow();
		assertThat(profile.contactEmail()).isEqualTo("new@two.example");
		assertThat(profile.address()).as("the address waits for review").isEqualTo("1 Test Road");
		assertThat(count("audit_log WHERE action = 'PROFILE_CONTACTS_UPDATED' AND merchant_id = " + merchant.value()))
			.isEqualTo(1);
	}

	@Test
	void decisionsLinkTheMerchantToWhereTheyAreShown() {
		MerchantId merchant = newMerchant("links");
		this.jdbc.update(
				"INSERT INTO portal_user (merchant_id, domain_id, user_name, account_type, status,"
						+ " registered_at) VALUES (?, 't-links', 't-links-admin', 'MAIN', 'ACTIVE', UTC_TIMESTAMP(6))",
				merchant.value());
		long user = this.jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = 't-links-admin'",
				Long.class);
		Actor admin = new Actor(user, "t-links-admin", merchant, "127.0.0.1");
		Actor operator = new Actor(1L, "op", null, null);

		ReviewRequest first = this.profiles.submitOnboarding(merchant, details("Links Ltd"),
				new Upload("l.pdf", "application/pdf", PDF), admin);
		this.reviews.decide(first.id(), false, "Blurry licence.", operator);
		assertThat(link(user, "ONBOARDING_REJECTED")).as("the form again, with the reason")
			.isEqualTo("/merchant/onboarding");

		ReviewRequest second = this.profiles.submitOnboarding(merchant, details("Links Ltd"),
				new Upload("l.pdf", "application/pdf", PDF), admin);
		this.reviews.decide(second.id(), true, null, operator);
		assertThat(link(user, "ONBOARDING_APPROVED")).isEqualTo("/merchant/profile");

		ReviewRequest change = this.profiles.requestChange(merchant, withAddress(details("Links Ltd"), "9 New Road"),
				null, admin);
		this.reviews.decide(change.id(), false, "Not the licence's address.", operator);
		assertThat(link(user, "PROFILE_CHANGE_REJECTED")).isEqualTo("/merchant/profile#change-request");
	}

	private String link(long user, String event) {
		return this.jdbc.queryForObject("SELECT link FROM notification_message WHERE user_id = ? AND event = ?",
				String.class, user, event);
	}

	@Test
	void rejectionNeedsAReason() {
		MerchantId merchant = newMerchant("noreason");
		ReviewRequest request = this.profiles.submitOnboarding(merchant, details("No Reason Ltd"),
				new Upload("l.pdf", "application/pdf", PDF), actor(merchant));

		assertThatThrownBy(() -> this.reviews.decide(request.id(), false, " ", new Actor(1L, "op", null, null)))
			.isInstanceOf(ReviewConflict.class);
		assertThat(this.reviews.find(request.id()).orElseThrow().pending()).isTrue();
	}

	private MerchantId certified(String domain, String company) {
		MerchantId merchant = newMerchant(domain);
		ReviewRequest request = this.profiles.submitOnboarding(merchant, details(company),
				new Upload("l.pdf", "application/pdf", PDF), actor(merchant));
		this.reviews.decide(request.id(), true, null, new Actor(1L, "op", null, null));
		return merchant;
	}

	private MerchantId newMerchant(String domain) {
		return this.merchants.findOrCreate("t-" + domain, "T " + domain).merchantId();
	}

	private long count(String tableAndWhere) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + tableAndWhere, Long.class);
	}

	private static Actor actor(MerchantId merchant) {
		return new Actor(1L, "test-admin", merchant, "127.0.0.1");
	}

	private static ProfileDetails details(String company) {
		return new ProfileDetails(company, "91110108MA01B2C3D0", "1 Test Road", "Tess Test", "+86 10 5555 0001",
				"tess@test.example", new FinanceContact("Fin", "+86 10 5555 0002", "fin@test.example"), "TAX123",
				"GENERAL");
	}

	private static ProfileDetails withRegistration(ProfileDetails d, String number, String taxType) {
		return new ProfileDetails(d.companyName(), number, d.address(), d.contactPerson(), d.contactPhone(),
				d.contactEmail(), d.finance(), d.taxNumber(), taxType);
	}

	private static ProfileDetails withAddress(ProfileDetails d, String address) {
		return new ProfileDetails(d.companyName(), d.registrationNumber(), address, d.contactPerson(), d.contactPhone(),
				d.contactEmail(), d.finance(), d.taxNumber(), d.taxType());
	}

	private static byte[] pdfOfSize(int size) {
		byte[] bytes = new byte[size];
		System.arraycopy(PDF, 0, bytes, 0, PDF.length);
		return bytes;
	}

}
