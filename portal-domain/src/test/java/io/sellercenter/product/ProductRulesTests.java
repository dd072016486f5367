package io.sellercenter.product;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The rules of a submitted application on hostile input, without a database. */
class ProductRulesTests {

	@Test
	void supportEmailOfFiftyThousandDotsIsRefusedQuickly() {
		// The known quadratic case: 50 seconds with the former check.
		ProductContent content = new ProductContent("名", "Name", "s", "d", null, null, null, "CONSULTING", null,
				List.of("CN"), true, "+86 10 1234 5678", "a@" + "a.".repeat(50_000) + " ", "9-18", "Asia/Shanghai",
				null, null, "https://x.example", null, null, false, null, false, null, null, null, false, null,
				List.of());

		List<FieldError> errors = assertTimeoutPreemptively(Duration.ofSeconds(1),
				() -> ProductRules.check(ProductType.CONSULTING, content, List.of()));

		assertThat(errors).contains(new FieldError("supportEmail", "product.email"))
			.doesNotContain(new FieldError("supportPhone", "validation.phone"));
	}

	@Test
	void confirmDaysOutsideOneToTenAreRefused() {
		for (Integer days : new Integer[] { 0, 11, null }) {
			List<FieldError> errors = ProductRules.check(ProductType.DATA_FILE, dataFile(false, 7, days), List.of());

			assertThat(errors).as("confirmDays %s", days)
				.contains(new FieldError("confirmDays", "product.confirmDays"));
		}
		assertThat(ProductRules.check(ProductType.DATA_FILE, dataFile(false, 7, 10), List.of()))
			.doesNotContain(new FieldError("confirmDays", "product.confirmDays"));
	}

	@Test
	void supervisedImageWithoutDeliveryDaysIsRefused() {
		List<FieldError> errors = ProductRules.check(ProductType.IMAGE, image(true, null, 2), List.of());

		assertThat(errors).contains(new FieldError("deliveryDays", "product.deliveryDays"))
			.doesNotContain(new FieldError("confirmDays", "product.confirmDays"));
	}

	@Test
	void unsupervisedImageNeedsNoDeadlines() {
		List<FieldError> errors = ProductRules.check(ProductType.IMAGE, image(false, null, null), List.of());

		assertThat(errors).extracting(FieldError::field).doesNotContain("deliveryDays", "confirmDays");
		assertThat(image(false, null, null).supervisedFor(ProductType.IMAGE)).isFalse();
		assertThat(image(null, null, null).supervisedFor(ProductType.IMAGE)).isFalse();
		assertThat(image(true, 3, 2).supervisedFor(ProductType.IMAGE)).isTrue();
	}

	@Test
	void dataFileIsSupervisedWhateverItStoresAndDefaultsItsDeadlines() {
		ProductContent old = dataFile(null, null, null);

		assertThat(old.supervisedFor(ProductType.DATA_FILE)).isTrue();
		assertThat(dataFile(false, 7, 2).supervisedFor(ProductType.DATA_FILE)).isTrue();
		assertThat(old.confirmDaysOrDefault()).isEqualTo(2);
		assertThat(old.deliveryDaysOrDefault()).isEqualTo(5);
		assertThat(dataFile(false, 7, 3).confirmDaysOrDefault()).isEqualTo(3);
		assertThat(ProductContent.empty().supervised()).isFalse();
		assertThat(ProductContent.empty().confirmDays()).isNull();
		assertThat(ProductContent.empty().supervisedFor(ProductType.CONSULTING)).isFalse();
	}

	@Test
	void listingsWrittenBeforeSupervisionStillRead() {
		ProductContent c = ProductJson.read("{\"nameZh\":\"名\",\"deliveryDays\":7,\"specs\":[]}");

		assertThat(c.supervised()).isNull();
		assertThat(c.confirmDays()).isNull();
		assertThat(c.deliveryDays()).isEqualTo(7);
		assertThat(ProductJson.read(ProductJson.write(dataFile(true, 7, 3)))).isEqualTo(dataFile(true, 7, 3));
	}

	private static ProductContent image(Boolean supervised, Integer deliveryDays, Integer confirmDays) {
		return new ProductContent("镜像", "Image", "s", "d", null, null, 1L, "WEBSITE", "1.0", List.of("CN"), true,
				"+86 10 1234 5678", "help@t.example", "9-18", "Asia/Shanghai", 1L, 2L, null, null, null, false, null,
				false, null, null, deliveryDays, supervised, confirmDays, List.of());
	}

	private static ProductContent dataFile(Boolean supervised, Integer deliveryDays, Integer confirmDays) {
		return new ProductContent("数据", "Data", "s", "d", null, null, 1L, "DATA_SET", "1.0", List.of("CN"), true,
				"+86 10 1234 5678", "help@t.example", "9-18", "Asia/Shanghai", null, null, null, 3L, null, true, null,
				true, 4L, "criteria", deliveryDays, supervised, confirmDays, List.of());
	}

}
