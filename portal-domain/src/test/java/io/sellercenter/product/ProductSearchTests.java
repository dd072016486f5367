package io.sellercenter.product;

import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.merchant.MerchantService;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.testsupport.DomainTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product list's name search on the real database: what is typed is found literally,
 * {@code %}, {@code _} and backslash included, in either name.
 */
@Tag("attack")
@DomainTest
class ProductSearchTests {

	@Autowired
	ProductService products;

	@Autowired
	MerchantService merchants;

	@Autowired
	JdbcTemplate jdbc;

	Viewer viewer;

	@BeforeEach
	void productsWithWildcardsInTheirNames() {
		MerchantId merchant = this.merchants.findOrCreate("t-search", "Search Ltd").merchantId();
		this.viewer = new Viewer(merchant, null, LocalDateTime.now());
		if (this.jdbc.queryForObject("SELECT COUNT(*) FROM product WHERE merchant_id = ?", Long.class,
				merchant.value()) == 0) {
			for (String[] names : new String[][] { { "百分百备份", "100% Backup" }, { "全量备份", "1000 Backup" },
					{ "数据_同步", "data_sync" }, { "数据库同步", "database sync" }, { "路径工具", "C:\\tools" },
					{ "路径", "C:tools" } }) {
				this.jdbc
					.update("""
							INSERT INTO product (merchant_id, type, status, public_visible, name_zh, name_en, category,
							                     content, listed_at, updated_at)
							VALUES (?, 'CONSULTING', 'ON_SALE', 1, ?, ?, 'DEVOPS', '{}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))""",
							merchant.value(), names[0], names[1]);
			}
		}
	}

	@Test
	void percentFindsOnlyNamesWithAPercentSign() {
		assertThat(names("%")).containsExactly("100% Backup");
		assertThat(names("100%")).containsExactly("100% Backup");
	}

	@Test
	void underscoreFindsOnlyNamesWithAnUnderscore() {
		assertThat(names("_")).containsExactly("data_sync");
		assertThat(names("data_s")).containsExactly("data_sync");
		assertThat(names("数据_")).containsExactly("data_sync");
	}

	@Test
	void backslashIsABackslash() {
		assertThat(names("C:\\")).containsExactly("C:\\tools");
	}

	@Test
	void plainTextStillFindsEitherName() {
		assertThat(names("backup")).containsExactlyInAnyOrder("100% Backup", "1000 Backup");
		assertThat(names("同步")).containsExactlyInAnyOrder("data_sync", "database sync");
		assertThat(names("  sync ")).containsExactlyInAnyOrder("data_sync", "database sync");
		assertThat(names("x".repeat(10_000))).isEmpty();
	}

	private List<String> names(String query) {
		Page<Product> page = this.products.products(this.viewer, query, null, null, PageRequest.of(1, 20));
		assertThat(page.total()).as(query).isEqualTo(page.items().size());
		return page.items().stream().map(Product::nameEn).toList();
	}

}
