/**
 * What operators read of one merchant across the features (可查看所有商家): its profile,
 * products, recent orders, usage figures and review requests, read only and in bounded
 * amounts. A package of its own because it reads every feature and none reads it: in the
 * merchant feature it would make a cycle (products read merchants).
 */
package io.sellercenter.operator;
