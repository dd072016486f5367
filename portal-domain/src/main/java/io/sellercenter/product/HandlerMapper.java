package io.sellercenter.product;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface HandlerMapper {

	Optional<Handler> mainAccount(@Param("merchant") MerchantId merchant);

	Optional<Handler> primaryHandler(@Param("merchant") MerchantId merchant, @Param("productId") long productId,
			@Param("now") LocalDateTime now);

	Optional<Handler> user(@Param("merchant") MerchantId merchant, @Param("userId") long userId);

	List<Handler> eligible(@Param("merchant") MerchantId merchant, @Param("productId") long productId,
			@Param("now") LocalDateTime now);

}
