package io.sellercenter.saas;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.sellercenter.product.Viewer;
import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ProvisionMapper {

	/** The order's lines of SaaS products, with how many instances each has already. */
	List<SaasLine> saasLines(@Param("orderRef") long orderRef);

	int isSaas(@Param("productId") long productId);

	String orderLineId(@Param("lineRef") long lineRef);

	LineFacts lineFacts(@Param("lineRef") long lineRef);

	ProvisionNotices.ProductNames productNames(@Param("productId") long productId);

	/** Adds the work unless the same activity for the same line and instance exists. */
	int insert(@Param("row") ProvisionRow row);

	/** Due work, locked for this instance alone (others skip it). */
	List<Long> due(@Param("now") LocalDateTime now, @Param("limit") int limit);

	void lease(@Param("ids") Collection<Long> ids, @Param("until") LocalDateTime until);

	Optional<ProvisionRow> lock(@Param("id") long id);

	Optional<ProvisionRow> find(@Param("merchant") MerchantId merchant, @Param("id") long id);

	void update(@Param("row") ProvisionRow row);

	int countVisibleWork(@Param("viewer") Viewer viewer, @Param("id") long id);

	long countMessages(@Param("viewer") Viewer viewer, @Param("filter") MessageFilter filter);

	List<InterfaceMessage> messages(@Param("viewer") Viewer viewer, @Param("filter") MessageFilter filter,
			@Param("offset") long offset, @Param("size") int size);

	/** Where the creation of each SaaS line of the order stands. */
	List<LineState> createStates(@Param("merchant") MerchantId merchant, @Param("orderId") String orderId);

	record LineState(String orderLineId, ProvisionState state) {

	}

}
