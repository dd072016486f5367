package io.sellercenter.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * TechEmpower's Fortunes: every row of a small table, plus one made at request time,
 * sorted by message and rendered with escaping. The table ({@code bench_fortune}) is made
 * by the benchmark script.
 */
@Controller
@Profile("bench")
class FortunesController {

	private final JdbcTemplate jdbc;

	FortunesController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/bench/fortunes")
	String fortunes(Model model) {
		List<Fortune> fortunes = new ArrayList<>(this.jdbc.query("SELECT id, message FROM bench_fortune",
				(rs, i) -> new Fortune(rs.getInt(1), rs.getString(2))));
		fortunes.add(new Fortune(0, "Additional fortune added at request time."));
		fortunes.sort(Comparator.comparing(Fortune::message));
		model.addAttribute("fortunes", fortunes);
		return "bench/fortunes";
	}

	record Fortune(int id, String message) {
	}

}
