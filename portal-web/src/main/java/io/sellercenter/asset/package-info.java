/**
 * Image asset pages (镜像资产): the merchant's registered images with the verdict on each,
 * registering an image by its id, and deleting assets no listed product is built on.
 */
package io.sellercenter.asset;
