/* Unit tests for mktime64 (kernel/rtc.c), which turns the CMOS clock's
 * date into the seconds since the epoch that time(2) returns: the epoch
 * itself, leap days (2000 was a leap year, 1900 and 2100 are not), the
 * end of a year, and the 32-bit time_t's last second; each value checked
 * against `date -u -d ... +%s`. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include "unit.h"

int64_t mktime64(unsigned int year, unsigned int mon, unsigned int day,
		 unsigned int hour, unsigned int min, unsigned int sec);

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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known_dates),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
