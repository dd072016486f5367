package io.sellercenter.analytics;

import java.util.List;
import java.util.Locale;

import io.sellercenter.product.Viewer;
import io.sellercenter.shared.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The overview's figures (sales of the last 12 months, active instances, usage of the
 * last 30 days) and the to-dos, for the analytics overview and for the home page, which
 * shows the same to whoever holds the analytics menu.
 */
@Component
public class Overview {

	private final Charts charts;

	private final ToDos toDos;

	Overview(Charts charts, ToDos toDos) {
		this.charts = charts;
		this.toDos = toDos;
	}

	/** Puts {@code overviewCharts} and {@code toDos} in the model. */
	public void addTo(Model model, CurrentUser user, Viewer viewer, Locale locale) {
		ChartQuery none = ChartQuery.none();
		List<ChartCard> cards = Charts.OVERVIEW.stream()
			.map((id) -> ChartCard.of(this.charts.chart(id, viewer, none, locale), none))
			.toList();
		model.addAttribute("overviewCharts", cards);
		model.addAttribute("toDos", this.toDos.of(user, viewer));
	}

}
