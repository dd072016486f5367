package io.sellercenter.analytics;

import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A chart on a page: its numbers (the table) and the links of its JSON (which the script
 * draws) and CSV, with the page's query so that all three show the same.
 */
public record ChartCard(ChartView chart, String json, String csv) {

	static ChartCard of(ChartView chart, ChartQuery query) {
		UriComponentsBuilder json = UriComponentsBuilder.fromPath("/analytics/charts/" + chart.id());
		UriComponentsBuilder csv = UriComponentsBuilder.fromPath("/analytics/charts/" + chart.id() + ".csv");
		for (Map.Entry<String, String> parameter : query.parameters().entrySet()) {
			json.queryParam(parameter.getKey(), parameter.getValue());
			csv.queryParam(parameter.getKey(), parameter.getValue());
		}
		return new ChartCard(chart, json.encode().build().toUriString(), csv.encode().build().toUriString());
	}

}
