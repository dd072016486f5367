/**
 * Analytics (数据分析) pages: the overview (also the home page of whoever holds the analytics
 * menu), the business analysis, and each chart's numbers as JSON and CSV. The figures
 * come from the domain's roll-ups; this package only reads a page's query and puts the
 * numbers in the reader's words.
 */
package io.sellercenter.analytics;
