package io.sellercenter.audit;

import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.merchant.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

	void insert(@Param("actor") Actor actor, @Param("action") String action, @Param("targetType") String targetType,
			@Param("targetId") String targetId, @Param("before") String before, @Param("after") String after,
			@Param("now") LocalDateTime now);

	List<AuditEntry> findRecent(@Param("merchant") MerchantId merchant, @Param("limit") int limit);

}
