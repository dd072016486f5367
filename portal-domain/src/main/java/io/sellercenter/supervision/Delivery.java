package io.sellercenter.supervision;

import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.file.Upload;

/**
 * A delivery as the merchant enters it: the acceptance document and other proof, the
 * actual service start, and the three confirmations that the document names the order
 * number, the customer's full name, and the product and spec.
 */
public record Delivery(Upload acceptanceDocument, List<Upload> proof, LocalDateTime serviceStartAt, boolean namesOrder,
		boolean namesCustomer, boolean namesProduct, String note) {

	public Delivery {
		proof = (proof != null) ? proof.stream().filter((u) -> u != null && !u.isEmpty()).toList() : List.of();
	}

}
