package io.sellercenter.audit;

import io.sellercenter.shared.Actor;
import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

	void insert(@Param("actor") Actor actor, @Param("action") String action, @Param("targetType") String targetType,
			@Param("targetId") String targetId, @Param("before") String before, @Param("after") String after,
			@Param("now") LocalDateTime now);

	List<AuditEntry> findRecent(@Param("merchant") MerchantId merchant, @Param("limit") int limit);

	/** With a null merchant: every merchant's entries (operators). */
	List<AuditEntry> search(@Param("merchant") MerchantId merchant, @Param("f") AuditFilter filter,
			@Param("offset") long offset, @Param("limit") int limit);

	long count(@Param("merchant") MerchantId merchant, @Param("f") AuditFilter filter);

}
