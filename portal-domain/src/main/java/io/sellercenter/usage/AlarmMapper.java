package io.sellercenter.usage;

import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.product.Viewer;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AlarmMapper {

	List<SilentInstance> silent(@Param("viewer") Viewer viewer, @Param("since") LocalDateTime since,
			@Param("limit") int limit);

	List<UsageEntry> closing(@Param("viewer") Viewer viewer, @Param("now") LocalDateTime now,
			@Param("until") LocalDateTime until, @Param("limit") int limit);

}
