package io.sellercenter.asset;

import java.util.Optional;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ImageCatalogMapper {

	Optional<ImageFacts> find(@Param("merchant") MerchantId merchant, @Param("region") String region,
			@Param("imageId") String imageId);

}
