package org.newstrends.ingest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's date from whatever a collection writes: ISO dates and date-times (with or without offset,
 * zone or fraction, a space for the {@code T}), RFC 1123/2822 ({@code Sun, 16 Jun 2024 10:00:00 GMT}),
 * {@code June 14, 2024}, {@code 14 June 2024}, {@code 20240614}, GDELT's {@code 20240614103000} (UTC), Unix
 * seconds or milliseconds (a number, or a string of 10 or 13 digits), date and time values of Parquet columns,
 * then the input's own {@code date_format} pattern.
 *
 * <p>A value with an offset or zone counts on the calendar date it is written in, or in the job's timezone when
 * one is set; an instant without a written zone (Unix time, GDELT, a timestamp column) counts in UTC unless a
 * timezone is set; a local date-time counts as written. Dates before 1800 or after tomorrow are refused. Every
 * refusal quotes the value.
 */
final class ArticleDates {
    static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHmm", "Z").optionalEnd()
            .optionalStart().appendLiteral('[').parseCaseSensitive().appendZoneRegionId().appendLiteral(']')
            .optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /** {@code 16 Jun 2024 10:00:00 +0000} (RFC 1123/2822 without the weekday) and {@code 14 June 2024}. */
    private static final DateTimeFormatter DAY_MONTH_YEAR = strict("d [MMMM][MMM] uuuu[ HH:mm[:ss]][ XX]");
    /** {@code June 14, 2024}, {@code Jun 14 2024}. */
    private static final DateTimeFormatter MONTH_DAY_YEAR = strict("[MMMM][MMM] d[,] uuuu");
    private static final DateTimeFormatter DIGITS_8 = strict("uuuuMMdd");
    private static final DateTimeFormatter DIGITS_14 = strict("uuuuMMddHHmmss");

    private static final Pattern WEEKDAY = Pattern.compile("^(?i:mon|tue|wed|thu|fri|sat|sun)[A-Za-z]{0,6},?\\s+(?=\\d)");
    private static final Pattern NAMED_ZONE = Pattern.compile("\\s(UT|UTC|GMT|Z|[ECMP][SD]T)$", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> ZONE_OFFSETS = Map.ofEntries(Map.entry("UT", "+0000"),
            Map.entry("UTC", "+0000"), Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"),
            Map.entry("CDT", "-0500"), Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"),
            Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final long MILLIS_FROM = 100_000_000_000L;
    private static final int QUOTE_CHARS = 80;
    /** No date form is longer; a longer value is refused before any pattern looks at it. */
    private static final int MAX_DATE_CHARS = 100;

    private final DateTimeFormatter custom;
    private final ZoneId zone;
    private final Clock clock;

    /** A reading of a date value: the date, or why there is none. */
    record Reading(LocalDate date, String problem) {
        static Reading of(LocalDate date) {
            return new Reading(date, null);
        }

        static Reading problem(String problem) {
            return new Reading(null, problem);
        }
    }

    /** Dates read with the extra {@code pattern} (may be null), in {@code zone} (may be null), "tomorrow" by {@code clock}. */
    ArticleDates(String pattern, ZoneId zone, Clock clock) {
        this.custom = pattern == null ? null : customFormatter(pattern);
        this.zone = zone;
        this.clock = clock;
    }

    /** Dates read as {@code options} say, "tomorrow" by the system clock. */
    static ArticleDates of(ReadOptions options) {
        return new ArticleDates(options.dateFormat(), options.timezone(), Clock.systemUTC());
    }

    /** Checks that {@code pattern} is a {@code java.time} pattern; the exception's message says what is wrong. */
    static void checkPattern(String pattern) {
        customFormatter(pattern);
    }

    private static DateTimeFormatter customFormatter(String pattern) {
        try {
            return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                    .parseDefaulting(ChronoField.ERA, 1)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("date_format '" + pattern + "' is not a java.time pattern: "
                    + e.getMessage(), e);
        }
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date of {@code value} (a String, Number or date/time object), or why it has none. */
    Reading read(Object value) {
        LocalDate date;
        try {
            date = dateOf(value);
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            date = null;
        }
        if (date == null) return Reading.problem("invalid date '" + quote(value) + "'");
        if (date.isBefore(EARLIEST)) return Reading.problem("date '" + quote(value) + "' is before 1800");
        if (date.isAfter(LocalDate.now(clock).plusDays(1))) {
            return Reading.problem("date '" + quote(value) + "' is after tomorrow");
        }
        return Reading.of(date);
    }

    /** The date of a {@code date YYYY-MM-DD} line of seed text (only that form), or why it has none. */
    Reading readIsoDate(String value) {
        try {
            LocalDate.parse(value);
        } catch (DateTimeException e) {
            return Reading.problem("invalid date '" + quote(value) + "' (expected YYYY-MM-DD)");
        }
        return read(value);
    }

    private LocalDate dateOf(Object value) {
        if (value instanceof String s) return dateOfText(s.strip());
        if (value instanceof Number n) return dateOfNumber(n);
        if (value instanceof java.sql.Date d) return d.toLocalDate();
        if (value instanceof java.util.Date d) return inZone(d.toInstant());
        if (value instanceof Instant i) return inZone(i);
        if (value instanceof LocalDate d) return d;
        if (value instanceof LocalDateTime t) return t.toLocalDate();
        if (value instanceof OffsetDateTime t) return inZone(t.toZonedDateTime());
        if (value instanceof ZonedDateTime t) return inZone(t);
        return null;
    }

    private LocalDate dateOfText(String v) {
        if (v.length() > MAX_DATE_CHARS) return null;
        if (DIGITS.matcher(v).matches()) {
            LocalDate d = dateOfDigits(v);
            if (d != null) return d;
        } else {
            for (DateTimeFormatter f : List.of(ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR)) {
                LocalDate d = parse(f, f == ISO ? isoSpelling(v) : f == DAY_MONTH_YEAR ? rfcSpelling(v) : v);
                if (d != null) return d;
            }
        }
        return custom == null ? null : parse(custom, v);
    }

    private LocalDate dateOfDigits(String v) {
        return switch (v.length()) {
            case 8 -> parse(DIGITS_8, v);
            case 14 -> {
                LocalDateTime utc = LocalDateTime.parse(v, DIGITS_14);
                yield inZone(utc.toInstant(ZoneOffset.UTC));
            }
            case 10, 13 -> dateOfNumber(Long.parseLong(v));
            default -> null;
        };
    }

    private LocalDate dateOfNumber(Number n) {
        if (n instanceof Double d && !Double.isFinite(d)) return null;
        if (n instanceof Float f && !Float.isFinite(f)) return null;
        BigDecimal value = new BigDecimal(n.toString());
        if (value.signum() > 0 && value.stripTrailingZeros().scale() <= 0) {
            String digits = value.toBigIntegerExact().toString();
            if (digits.length() == 8 || digits.length() == 14) {
                LocalDate d = dateOfDigits(digits);
                if (d != null && !d.isBefore(EARLIEST)) return d;
            }
        }
        BigDecimal millis = value.abs().compareTo(BigDecimal.valueOf(MILLIS_FROM)) >= 0
                ? value : value.multiply(BigDecimal.valueOf(1000));
        return inZone(Instant.ofEpochMilli(millis.longValueExact()));
    }

    private static String isoSpelling(String v) {
        if (v.length() > 11 && v.charAt(10) == ' ' && Character.isDigit(v.charAt(11))) {
            return v.substring(0, 10) + 'T' + v.substring(11);
        }
        return v;
    }

    private static String rfcSpelling(String v) {
        String s = WEEKDAY.matcher(v).replaceFirst("");
        Matcher m = NAMED_ZONE.matcher(s);
        if (m.find()) s = s.substring(0, m.start()) + " " + ZONE_OFFSETS.get(m.group(1).toUpperCase(Locale.ROOT));
        return s;
    }

    private LocalDate parse(DateTimeFormatter f, String v) {
        TemporalAccessor t;
        try {
            t = f.parse(v);
        } catch (DateTimeException e) {
            return null;
        }
        ZoneId written = t.query(TemporalQueries.zone());
        if (written != null && t.isSupported(ChronoField.HOUR_OF_DAY)) {
            return inZone(ZonedDateTime.of(LocalDate.from(t), java.time.LocalTime.from(t), written));
        }
        return LocalDate.from(t);
    }

    private LocalDate inZone(Instant instant) {
        return instant.atZone(zone == null ? ZoneOffset.UTC : zone).toLocalDate();
    }

    private LocalDate inZone(ZonedDateTime t) {
        return zone == null ? t.toLocalDate() : t.withZoneSameInstant(zone).toLocalDate();
    }

    private static String quote(Object value) {
        String s = String.valueOf(value);
        return s.length() <= QUOTE_CHARS ? s : s.substring(0, QUOTE_CHARS) + "...";
    }
}
