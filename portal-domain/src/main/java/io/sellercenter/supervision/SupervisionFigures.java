package io.sellercenter.supervision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.sellercenter.supervision.SupervisionMapper.FigureRow;
import io.sellercenter.supervision.SupervisionMapper.HoursRow;

/**
 * The supervision figures per product and in total: median time to acceptance (whole
 * hours, read from the histogram), rejection rate (rejections per delivery), appeal rate
 * and overdue share (of tasks). Rates are null when there is nothing to divide by.
 */
public record SupervisionFigures(List<Figure> products, Figure total) {

	public record Figure(Long productId, String productNameZh, String productNameEn, long tasks, long accepted,
			Long medianHoursToAcceptance, Double rejectionRate, Double appealRate, Double overdueShare) {

		public String productName(boolean english) {
			return (english && this.productNameEn != null) ? this.productNameEn : this.productNameZh;
		}

	}

	static SupervisionFigures of(List<FigureRow> rows, List<HoursRow> hours) {
		Map<Long, TreeMap<Integer, Long>> byProduct = new HashMap<>();
		TreeMap<Integer, Long> all = new TreeMap<>();
		for (HoursRow row : hours) {
			byProduct.computeIfAbsent(row.productId(), (k) -> new TreeMap<>())
				.merge(row.hours(), row.tasks(), Long::sum);
			all.merge(row.hours(), row.tasks(), Long::sum);
		}
		List<Figure> products = new ArrayList<>();
		long tasks = 0;
		long accepted = 0;
		long deliveries = 0;
		long rejections = 0;
		long appealed = 0;
		long overdue = 0;
		for (FigureRow row : rows) {
			products.add(new Figure(row.productId(), row.productNameZh(), row.productNameEn(), row.tasks(),
					row.accepted(), median(byProduct.get(row.productId())), rate(row.rejections(), row.deliveries()),
					rate(row.appealed(), row.tasks()), rate(row.overdue(), row.tasks())));
			tasks += row.tasks();
			accepted += row.accepted();
			deliveries += row.deliveries();
			rejections += row.rejections();
			appealed += row.appealed();
			overdue += row.overdue();
		}
		Figure total = new Figure(null, null, null, tasks, accepted, median(all), rate(rejections, deliveries),
				rate(appealed, tasks), rate(overdue, tasks));
		return new SupervisionFigures(products, total);
	}

	/** The lower median of a histogram of whole hours. */
	static Long median(TreeMap<Integer, Long> histogram) {
		if (histogram == null || histogram.isEmpty()) {
			return null;
		}
		long count = histogram.values().stream().mapToLong(Long::longValue).sum();
		long target = (count + 1) / 2;
		long seen = 0;
		for (Map.Entry<Integer, Long> bucket : histogram.entrySet()) {
			seen += bucket.getValue();
			if (seen >= target) {
				return (long) bucket.getKey();
			}
		}
		return (long) histogram.lastKey();
	}

	private static Double rate(long part, long whole) {
		return (whole == 0) ? null : (double) part / whole;
	}

}
