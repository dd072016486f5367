/**
 * What every page shares and no feature owns: the layout's model, languages, error and
 * 503 pages, and small request helpers. Features depend on it; it depends on no feature's
 * web layer.
 */
package io.sellercenter.web;
