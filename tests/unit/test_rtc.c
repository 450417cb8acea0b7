/* Unit tests for kernel/rtc.c, the CMOS clock behind time(2).
 * mktime64 turns a date into seconds since the epoch: the epoch itself,
 * leap days (2000 was a leap year, 2100 is not), the end of a year, the
 * 32-bit time_t's last second; each value checked against
 * `date -u -d ... +%s`.  rtc_decode reads the registers in each of the
 * chip's modes — BCD or binary, 24- or 12-hour with bit 7 for PM — and
 * refuses values that make no date. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <linux/rtc.h>
#include "unit.h"

static void test_known_dates(void **state)
{
	(void)state;
	assert_int_equal(mktime64(1970, 1, 1, 0, 0, 0), 0);
	assert_int_equal(mktime64(1970, 1, 2, 0, 0, 1), 86401);
	assert_int_equal(mktime64(1999, 12, 31, 23, 59, 59), 946684799);
	assert_int_equal(mktime64(2000, 2, 29, 12, 0, 0), 951825600);
	assert_int_equal(mktime64(2000, 3, 1, 0, 0, 0), 951868800);
	assert_int_equal(mktime64(2024, 2, 29, 0, 0, 0), 1709164800);
	assert_int_equal(mktime64(2026, 12, 2, 12, 34, 56), 1796214896);
	assert_int_equal(mktime64(2038, 1, 19, 3, 14, 7), 2147483647);
	assert_int_equal(mktime64(2069, 12, 31, 23, 59, 59), 3155759999LL);
	assert_int_equal(mktime64(2100, 3, 1, 0, 0, 0), 4107542400LL);
}

/* 2026-12-02 13:04:05 UTC = 1796216645 (date -u -d '2026-12-02 13:04:05' +%s) */
static void test_register_modes(void **state)
{
	struct rtc_time bcd24 = { .sec = 0x05, .min = 0x04, .hour = 0x13, .day = 0x02, .mon = 0x12, .year = 0x26 };
	struct rtc_time bin24 = { .sec = 5, .min = 4, .hour = 13, .day = 2, .mon = 12, .year = 26 };
	struct rtc_time bcd12 = bcd24, bin12 = bin24;

	(void)state;
	bcd12.hour = RTC_PM | 0x01;		/* 1 PM */
	bin12.hour = RTC_PM | 1;
	assert_int_equal(rtc_decode(bcd24, RTC_24H), 1796216645);
	assert_int_equal(rtc_decode(bin24, RTC_24H | RTC_DM_BINARY), 1796216645);
	assert_int_equal(rtc_decode(bcd12, 0), 1796216645);
	assert_int_equal(rtc_decode(bin12, RTC_DM_BINARY), 1796216645);
	/* 12 AM is midnight, 12 PM noon; 12-hour values read in 24-hour mode
	 * with the PM bit are nonsense. */
	bin12.hour = 12;
	assert_int_equal(rtc_decode(bin12, RTC_DM_BINARY), 1796216645 - 13 * 3600 + 0);
	bin12.hour = RTC_PM | 12;
	assert_int_equal(rtc_decode(bin12, RTC_DM_BINARY), 1796216645 - 3600);
	assert_int_equal(rtc_decode(bcd12, RTC_24H), -1);
	/* A year 99 is 1999; a BCD register read as binary is out of range. */
	bin24.year = 99;
	assert_int_equal(rtc_decode(bin24, RTC_24H | RTC_DM_BINARY), mktime64(1999, 12, 2, 13, 4, 5));
	assert_int_equal(rtc_decode(bcd24, RTC_24H | RTC_DM_BINARY), -1);
	bin24.mon = 0;
	assert_int_equal(rtc_decode(bin24, RTC_24H | RTC_DM_BINARY), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known_dates),
		cmocka_unit_test(test_register_modes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
