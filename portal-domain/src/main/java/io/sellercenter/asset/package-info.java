/**
 * Image assets (镜像资产): the private images a merchant registers to build image products
 * from. Owns the rules an image must pass (supported region, size, not shared, not
 * encrypted, not a full-server image, not made from a marketplace or shared image), one
 * asset per image across all merchants, and the lock a listed product puts on its asset.
 * What an image is comes from the cloud's image service through {@link ImageCatalog}.
 */
package io.sellercenter.asset;
