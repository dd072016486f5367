// Draws each element with data-chart-src with Apache ECharts from the chart's JSON (the
// numbers of the table beside it): a line for periods, bars for the rest; money axes in the
// reader's locale and the chart's currency (Intl.NumberFormat). No inline script: the page
// only names the JSON.
(function () {
	'use strict';

	function formatter(locale, money, currency) {
		var options = money && currency ? { style: 'currency', currency: currency } : { maximumFractionDigits: 3 };
		var format = new Intl.NumberFormat(locale, options);
		return function (value) { return format.format(value); };
	}

	function isPeriod(label) {
		return /^\d{4}-\d{2}(-\d{2})?$/.test(label);
	}

	function draw(element, chart) {
		var locale = element.getAttribute('data-locale') || document.documentElement.lang || 'zh-CN';
		var periods = chart.labels.length > 0 && isPeriod(chart.labels[0]);
		var money = chart.series.filter(function (s) { return s.money; });
		var counts = chart.series.filter(function (s) { return !s.money; });
		var axes = [];
		if (money.length) {
			axes.push({ type: 'value', axisLabel: { formatter: formatter(locale, true, chart.currency) } });
		}
		if (counts.length) {
			axes.push({ type: 'value', axisLabel: { formatter: formatter(locale, false) },
				splitLine: { show: axes.length === 0 } });
		}
		var series = chart.series.map(function (s) {
			var stacked = chart.series.length > 2;
			return {
				name: s.name,
				type: periods && !stacked ? (s.money ? 'bar' : 'line') : 'bar',
				stack: stacked ? 'all' : undefined,
				yAxisIndex: s.money || !money.length ? 0 : 1,
				data: s.values,
				tooltip: { valueFormatter: formatter(locale, s.money, chart.currency) }
			};
		});
		var instance = echarts.init(element, null, { renderer: 'canvas' });
		instance.setOption({
			animation: false,
			grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
			legend: { type: 'scroll', top: 0 },
			tooltip: { trigger: 'axis', renderMode: 'richText' },
			xAxis: {
				type: 'category',
				data: chart.labels,
				// Periods thin out; names (products, charging modes) are each shown, cut short.
				axisLabel: periods ? { hideOverlap: true } : { interval: 0, width: 90, overflow: 'truncate' }
			},
			yAxis: axes.length ? axes : [{ type: 'value' }],
			series: series
		});
		element.setAttribute('data-drawn', 'true');
		window.addEventListener('resize', function () { instance.resize(); });
	}

	document.querySelectorAll('[data-chart-src]').forEach(function (element) {
		if (typeof echarts === 'undefined') {
			return;
		}
		fetch(element.getAttribute('data-chart-src'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
			.then(function (response) {
				if (!response.ok) {
					throw new Error(response.status);
				}
				return response.json();
			})
			.then(function (chart) { draw(element, chart); })
			.catch(function () {
				element.textContent = element.getAttribute('data-empty') || '';
				element.classList.add('chart-failed');
			});
	});
}());
