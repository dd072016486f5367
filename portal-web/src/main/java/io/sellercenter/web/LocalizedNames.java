package io.sellercenter.web;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A name kept in both languages (products, specs), in the reader's: the Chinese one for a
 * Chinese page and the English one otherwise, falling back to the other where one is
 * missing. Templates ask {@code @names.of(p.nameZh, p.nameEn)}.
 */
@Component("names")
public class LocalizedNames {

	public String of(String zh, String en) {
		boolean chinese = Locale.CHINESE.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
		String first = chinese ? zh : en;
		String other = chinese ? en : zh;
		return (first != null && !first.isBlank()) ? first : (other != null && !other.isBlank()) ? other : null;
	}

	/**
	 * The name in the other language, to show beside the reader's (null when the same).
	 */
	public String other(String zh, String en) {
		String shown = of(zh, en);
		String other = shown != null && shown.equals(zh) ? en : zh;
		return (other != null && !other.isBlank() && !other.equals(shown)) ? other : null;
	}

}
