package io.sellercenter.audit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.MapperTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What entries are about, named from the demo data: each kind's statement, and another
 * merchant's objects never named, whether a merchant or an operator reads.
 */
@MapperTest
@Import(AuditSubjects.class)
class AuditSubjectsTests {

	@Autowired
	AuditSubjects subjects;

	@Autowired
	JdbcTemplate jdbc;

	long acme;

	long globex;

	@BeforeEach
	void merchants() {
		this.acme = id("SELECT id FROM merchant WHERE domain_id = 'acme'");
		this.globex = id("SELECT id FROM merchant WHERE domain_id = 'globex'");
	}

	@Test
	void namesEachKindOfTargetOfTheMerchant() {
		long ops = id("SELECT id FROM portal_user WHERE user_name = 'acme-ops'");
		long group = id("SELECT id FROM permission_group WHERE name = 'Operations'");
		long asset = id("SELECT id FROM image_asset WHERE image_id = 'img-acme-redis'");
		long product = id("SELECT id FROM product WHERE name_en = 'Cloud Migration Consulting'");
		long review = id("SELECT id FROM review_request WHERE reason = 'Claims of being the best need evidence.'");
		long application = id("SELECT id FROM product_application WHERE review_request_id = " + review);
		long file = id("SELECT licence_file_id FROM merchant_profile WHERE merchant_id = " + this.acme);
		this.jdbc.update("""
				INSERT INTO integration_key (merchant_id, key_id, name, secret_enc, status, created_at)
				VALUES (?, 'ak-audit-subjects', 'Build server', 'x', 'ACTIVE', UTC_TIMESTAMP(6))
				""", this.acme);
		List<AuditEntry> entries = List.of(entry(this.acme, "SUB_USER", "acme-ops"),
				entry(this.acme, "GROUP", String.valueOf(group)), entry(this.acme, "ASSET", "img-acme-redis"),
				entry(this.acme, "PRODUCT", String.valueOf(product)),
				entry(this.acme, "REVIEW", String.valueOf(review)), entry(this.acme, "FILE", String.valueOf(file)),
				entry(this.acme, "KEY", "ak-audit-subjects"), entry(this.acme, "permission_group", "Operations"));

		AuditSubjects.Found found = this.subjects.of(new MerchantId(this.acme), entries);

		assertThat(found.of(entries.get(0))).get().satisfies((s) -> {
			assertThat(s.nameEn()).isEqualTo("acme-ops");
			assertThat(s.detail()).isEqualTo("Oscar Ops");
			assertThat(s.pageId()).isEqualTo(ops);
		});
		assertThat(found.of(entries.get(1)).map(AuditSubject::nameEn)).contains("Operations");
		assertThat(found.of(entries.get(2)).map(AuditSubject::pageId)).contains(asset);
		assertThat(found.of(entries.get(3)).map(AuditSubject::nameZh)).contains("云迁移咨询");
		assertThat(found.of(entries.get(4))).get().satisfies((s) -> {
			assertThat(s.detail()).isEqualTo("PRODUCT_APPLICATION");
			assertThat(s.nameZh()).isEqualTo("云迁移咨询");
			assertThat(s.pageId()).isEqualTo(application);
		});
		assertThat(found.of(entries.get(5))).isPresent();
		assertThat(found.of(entries.get(6)).map(AuditSubject::nameEn)).contains("Build server");
		// A group named by its name, as entries once did: not looked up.
		assertThat(found.of(entries.get(7))).isEmpty();
	}

	@Test
	void anotherMerchantsObjectsAreNeverNamed() {
		long globexProduct = id("SELECT MIN(id) FROM product WHERE merchant_id = " + this.globex);
		long globexGroup = id("SELECT id FROM permission_group WHERE name = 'Sales'");
		long globexReview = id("SELECT MIN(id) FROM review_request WHERE merchant_id = " + this.globex);
		List<AuditEntry> pointingAcross = List.of(entry(this.acme, "PRODUCT", String.valueOf(globexProduct)),
				entry(this.acme, "GROUP", String.valueOf(globexGroup)),
				entry(this.acme, "REVIEW", String.valueOf(globexReview)), entry(this.acme, "SUB_USER", "globex-sales"),
				entry(this.acme, "ASSET", "img-globex-analytics"));

		AuditSubjects.Found asMerchant = this.subjects.of(new MerchantId(this.acme), pointingAcross);
		AuditSubjects.Found asOperator = this.subjects.of(null, pointingAcross);

		for (AuditEntry entry : pointingAcross) {
			assertThat(asMerchant.of(entry)).as(entry.targetType()).isEmpty();
			assertThat(asOperator.of(entry)).as(entry.targetType()).isEmpty();
		}
		// Operators read each entry in its own merchant.
		AuditEntry own = entry(this.globex, "PRODUCT", String.valueOf(globexProduct));
		Optional<AuditSubject> found = this.subjects.of(null, List.of(own)).of(own);
		assertThat(found).isPresent();
		assertThat(this.subjects.of(new MerchantId(this.acme), List.of(own)).of(own)).isEmpty();
	}

	private static AuditEntry entry(long merchant, String type, String id) {
		return new AuditEntry(1, merchant, 1L, "someone", "TEST", type, id, null, null, null, LocalDateTime.now(),
				null);
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
