package io.sellercenter.product;

import org.apache.ibatis.annotations.Mapper;

/**
 * Home of the SQL fragment {@code grantedProductIds} (see its XML), which every mapper
 * that lists data of products includes for sub-users:
 * {@code AND x.product_id IN (<include
 * refid="io.sellercenter.product.ProductAccessMapper.grantedProductIds"/>)}, with a
 * parameter {@code viewer} ({@link Viewer}). One definition of "granted", used by every
 * feature.
 */
@Mapper
interface ProductAccessMapper {

	long countGrants();

}
