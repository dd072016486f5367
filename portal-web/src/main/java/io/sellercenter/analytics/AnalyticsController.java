package io.sellercenter.analytics;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.sellercenter.product.Viewer;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.RequiresMenu;
import io.sellercenter.supervision.SupervisionService;
import io.sellercenter.web.CsvExport;
import io.sellercenter.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * 数据分析: the overview, the business analysis with its range picker, and each chart's
 * numbers as JSON (static/js/charts.js draws them) and as CSV, all with the page's query.
 * A query the charts cannot answer (a reversed or too long range, an unknown granularity
 * or dimension) is a 400 page that says why; an unknown chart a 404.
 */
@Controller
@RequiresMenu(Menu.ANALYTICS)
class AnalyticsController {

	/** The sales charts of the business page: the total and one per dimension. */
	private static final List<Dimension> DIMENSIONS = List.of(Dimension.NONE, Dimension.PRODUCT,
			Dimension.CHARGING_MODE, Dimension.ORDER_TYPE);

	private final Charts charts;

	private final Overview overview;

	private final AnalyticsService analytics;

	private final SupervisionService supervision;

	private final MessageSource messages;

	private final Clock clock;

	AnalyticsController(Charts charts, Overview overview, AnalyticsService analytics, SupervisionService supervision,
			MessageSource messages, Clock clock) {
		this.charts = charts;
		this.overview = overview;
		this.analytics = analytics;
		this.supervision = supervision;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/analytics")
	String overview(CurrentUser user, Viewer viewer, Locale locale, Model model) {
		this.overview.addTo(model, user, viewer, locale);
		return "analytics/overview";
	}

	@GetMapping("/analytics/business")
	String business(Viewer viewer, ChartQuery query, BindingResult unparsed, Locale locale, Model model) {
		LocalDate today = this.analytics.today(viewer);
		Range range = query.range(today);
		List<String> currencies = this.analytics.currencies(viewer, range);
		ChartQuery shown = new ChartQuery(range.from().toString(), range.to().toString(), range.granularity().name(),
				this.charts.currency(viewer, range, query), null);
		List<ChartCard> cards = new ArrayList<>();
		for (Dimension dimension : DIMENSIONS) {
			ChartQuery withDimension = shown.withDimension((dimension == Dimension.NONE) ? null : dimension.name());
			cards.add(ChartCard.of(this.charts.chart("sales", viewer, withDimension, locale), withDimension));
		}
		cards.add(ChartCard.of(this.charts.chart("topProducts", viewer, shown, locale), shown));
		cards.add(ChartCard.of(this.charts.chart("usageByProduct", viewer, shown, locale), shown));
		model.addAttribute("range", range);
		model.addAttribute("query", shown);
		model.addAttribute("presets", Preset.all(today));
		model.addAttribute("currencies", currencies);
		model.addAttribute("maxDays", Range.MAX_DAYS);
		model.addAttribute("charts", cards);
		model.addAttribute("figures", this.supervision.figures(viewer));
		return "analytics/business";
	}

	@GetMapping("/analytics/charts/{chartId}")
	@ResponseBody
	ChartView json(Viewer viewer, @PathVariable String chartId, ChartQuery query, BindingResult unparsed,
			Locale locale) {
		return find(chartId, viewer, query, locale);
	}

	@GetMapping("/analytics/charts/{chartId}.csv")
	void csv(Viewer viewer, @PathVariable String chartId, ChartQuery query, BindingResult unparsed, Locale locale,
			HttpServletResponse response) throws IOException {
		ChartView chart = find(chartId, viewer, query, locale);
		List<String> header = new ArrayList<>();
		header.add(chart.axis());
		for (ChartView.SeriesView series : chart.series()) {
			header.add(series.money() ? series.name() + " (" + chart.currency() + ")" : series.name());
		}
		CsvExport csv = CsvExport.download(response, "analytics-" + chart.view(), LocalDateTime.now(this.clock), true,
				header.stream().map(CsvExport::text).toList());
		for (int row = 0; row < chart.rows(); row++) {
			Object[] cells = new Object[chart.series().size() + 1];
			cells[0] = CsvExport.text(chart.labels().get(row));
			for (int s = 0; s < chart.series().size(); s++) {
				cells[s + 1] = CsvExport.decimal(chart.series().get(s).values().get(row));
			}
			csv.row(cells);
		}
		csv.finish();
	}

	@ExceptionHandler(ChartQuery.Refused.class)
	ModelAndView refused(ChartQuery.Refused refused, Locale locale) {
		ModelAndView page = new ModelAndView("analytics/refused", HttpStatus.BAD_REQUEST);
		page.addObject("reason", this.messages.getMessage(refused.getMessage(), refused.arguments(), locale));
		return page;
	}

	private ChartView find(String chartId, Viewer viewer, ChartQuery query, Locale locale) {
		ChartView chart = this.charts.chart(chartId, viewer, query, locale);
		if (chart == null) {
			throw new NotFoundException();
		}
		return chart;
	}

}
