package io.sellercenter.audit;

import java.util.Collection;
import java.util.List;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Names the targets of a page of entries, one statement per kind. With a merchant, only
 * that merchant's objects are found; with none (operators), any merchant's, and the
 * caller matches each to its entry's merchant.
 */
@Mapper
interface AuditSubjectMapper {

	/** A target that is unique within its merchant only. */
	record Ref(long merchantId, String id) {
	}

	/** Columns in the order of {@link AuditSubject}, without the kind. */
	record Row(String targetId, long merchantId, String nameZh, String nameEn, String detail, Long pageId) {
	}

	List<Row> subUsers(@Param("merchant") MerchantId merchant, @Param("refs") Collection<Ref> refs);

	List<Row> groups(@Param("merchant") MerchantId merchant, @Param("ids") Collection<Long> ids);

	List<Row> keys(@Param("merchant") MerchantId merchant, @Param("ids") Collection<String> keyIds);

	List<Row> assets(@Param("merchant") MerchantId merchant, @Param("refs") Collection<Ref> refs);

	List<Row> products(@Param("merchant") MerchantId merchant, @Param("ids") Collection<Long> ids);

	List<Row> reviews(@Param("merchant") MerchantId merchant, @Param("ids") Collection<Long> ids);

	List<Row> files(@Param("merchant") MerchantId merchant, @Param("ids") Collection<Long> ids);

}
